/** The page's handle on one pca.worker.ts: it fits once, then answers look-ups against that fit. */
import type { PcaReply, PcaRequest } from './pcaProtocol';

export type FitEvent = Extract<
  PcaReply,
  { type: 'fitted' | 'preservation-progress' | 'preservation' | 'error' }
>;
type Answer = Extract<PcaReply, { type: 'neighbours' | 'query' }>;

let clients = 0;

export class PcaWorkerClient {
  /** Tells fits apart (a React key for everything that belongs to one map). */
  readonly id = ++clients;
  private readonly worker = new Worker(new URL('./pca.worker.ts', import.meta.url), {
    type: 'module',
    name: 'pca',
  });
  private nextId = 0;
  private readonly pending = new Map<
    number,
    { resolve: (answer: Answer) => void; reject: (error: Error) => void }
  >();

  /** Starts fitting a copy of the first `rows` rows of `vectors`; `onFitEvent` hears how it goes. */
  constructor(
    vectors: Float32Array,
    dims: number,
    rows: number,
    private readonly onFitEvent: (event: FitEvent) => void,
  ) {
    this.worker.onmessage = (event: MessageEvent<PcaReply>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      const message = event.message || 'The PCA worker stopped';
      this.failAll(message);
      this.onFitEvent({ type: 'error', message });
    };
    const copy = vectors.slice(0, rows * dims);
    this.send({ type: 'fit', vectors: copy, dims }, [copy.buffer]);
  }

  /** The k rows nearest to row `index` in the full space (cosine), best first. */
  async neighbours(index: number, k: number): Promise<Int32Array> {
    const answer = await this.ask((id) => ({ type: 'neighbours', id, index, k }));
    if (answer.type !== 'neighbours') throw new Error('Unexpected reply');
    return answer.neighbours;
  }

  /** Where `vector` lands on the map, and its k nearest rows (cosine), best first. */
  async placeQuery(vector: Float32Array, k: number): Promise<Extract<Answer, { type: 'query' }>> {
    const answer = await this.ask((id) => ({ type: 'query', id, vector, k }));
    if (answer.type !== 'query') throw new Error('Unexpected reply');
    return answer;
  }

  terminate(): void {
    this.worker.terminate();
    this.failAll('The PCA worker was closed');
  }

  private ask(request: (id: number) => PcaRequest): Promise<Answer> {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send(request(id));
    });
  }

  private send(request: PcaRequest, transfer: Transferable[] = []): void {
    this.worker.postMessage(request, transfer);
  }

  private receive(reply: PcaReply): void {
    if (reply.type === 'neighbours' || reply.type === 'query') this.settle(reply.id, reply);
    else if (reply.type === 'error' && reply.id !== undefined)
      this.settle(reply.id, new Error(reply.message));
    else this.onFitEvent(reply);
  }

  private settle(id: number, outcome: Answer | Error): void {
    const waiting = this.pending.get(id);
    this.pending.delete(id);
    if (outcome instanceof Error) waiting?.reject(outcome);
    else waiting?.resolve(outcome);
  }

  private failAll(message: string): void {
    for (const { reject } of this.pending.values()) reject(new Error(message));
    this.pending.clear();
  }
}

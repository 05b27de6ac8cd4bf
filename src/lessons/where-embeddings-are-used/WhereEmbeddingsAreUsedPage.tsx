import { RagQuestion } from './RagQuestion';
import { USES } from './uses';
import './where-embeddings-are-used.css';
import { WhereEmbeddingsAreUsedExercise } from './WhereEmbeddingsAreUsedExercise';

export function WhereEmbeddingsAreUsedPage() {
  return (
    <article className="lesson">
      <h1>Where embeddings are used</h1>
      <p>
        Everything in this course comes down to two steps: turn things into vectors, then compare the vectors.
        That recipe turns up in many places. The model you have been using,{' '}
        <a
          href="https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2"
          target="_blank"
          rel="noopener noreferrer"
        >
          all-MiniLM-L6-v2
        </a>
        , is a small sentence-embedding model of the kind used for search and RAG.
      </p>
      <RagQuestion />
      <div className="uses">
        {USES.map((use) => (
          <section key={use.id} className="use" aria-labelledby={`use-${use.id}`}>
            <h2 id={`use-${use.id}`}>{use.title}</h2>
            <p>{use.text}</p>
            <ul className="use-links" aria-label={`Further reading: ${use.title}`}>
              {use.links.map((link) => (
                <li key={link.href}>
                  <a href={link.href} target="_blank" rel="noopener noreferrer">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <p className="muted">Links open in a new tab.</p>
      <WhereEmbeddingsAreUsedExercise />
    </article>
  );
}

/**
 * Content shared across titles: fictional company blurbs, benefits and closing lines, plus the
 * headings and lead-ins the renderer uses. All companies and places in blurbs are invented for
 * this dataset (the cities are real, the employers are not).
 */
import type { CompanyBlurb, Sector } from './types';

export const COMPANY_BLURBS: CompanyBlurb[] = [
  // Technology employers.
  {
    sectors: ['tech'],
    text: 'Copperleaf Software builds scheduling and invoicing tools for {small businesses|accountants|logistics teams}. We are about {120|200|350} people and work remotely across Europe.',
  },
  {
    sectors: ['tech', 'finance'],
    text: 'Larkspur Analytics is a profitable, founder-led company with offices in Zürich and Lisbon, helping insurers price risk more fairly.',
  },
  {
    sectors: ['tech'],
    text: 'We are a Series B startup backed by experienced investors, and we plan to grow from {40|60|80} to around {100|120} people this year.',
  },
  {
    sectors: ['tech'],
    text: 'Halden Digital is a product studio in São Paulo building web and mobile apps for clients across Latin America and Europe.',
  },
  {
    sectors: ['tech'],
    text: 'Our company has built booking software for the travel industry for fifteen years, and our customers are spread across more than forty countries.',
  },
  {
    sectors: ['tech'],
    text: 'Brightfield is a remote-first company with small hubs in Berlin, Kraków and Montréal, where people meet when they want to.',
  },
  {
    sectors: ['tech'],
    text: 'We are a public-sector digital team building online services that millions of residents use to pay taxes, renew permits and book appointments.',
  },
  {
    sectors: ['tech'],
    text: 'Tessellate is a B2B software company that helps construction firms plan projects, track costs and keep people safe on site.',
  },
  {
    sectors: ['tech', 'retail'],
    text: 'Pennyroyal is an online grocery service delivering to {two|three} million households, with engineering teams in Manchester and Malmö.',
  },
  {
    sectors: ['tech', 'health'],
    text: 'Wellspring Health Tech builds software for clinics and hospitals, from appointment booking to remote patient monitoring.',
  },
  // Healthcare.
  {
    sectors: ['health'],
    text: 'Meridian Care Group runs {three|four|six} hospitals and a network of community clinics, and employs more than {5,000|8,000} people.',
  },
  {
    sectors: ['health'],
    text: 'We are a not-for-profit healthcare provider serving a population of around {300,000|500,000|750,000} people.',
  },
  {
    sectors: ['health'],
    text: "St Aldric's is a teaching hospital with a strong reputation for research, education and staff development.",
  },
  // Finance.
  {
    sectors: ['finance'],
    text: 'Halden & Roe is an independent accountancy firm with offices in Leeds, York and Harrogate, advising owner-managed businesses for over thirty years.',
  },
  {
    sectors: ['finance', 'tech'],
    text: 'We are a mid-sized bank focused on lending to small and medium-sized businesses, and we are rebuilding our core systems in-house.',
  },
  // Education.
  {
    sectors: ['education'],
    text: 'Fernhill Academy Trust runs {five|seven} schools and is committed to giving every child an excellent education, whatever their background.',
  },
  {
    sectors: ['education'],
    text: 'The Lindenhof International School in Zürich teaches children aged 3–18 and follows an international curriculum taught in English.',
  },
  // Hospitality.
  {
    sectors: ['hospitality'],
    text: 'The Salt & Ember group runs three restaurants and a neighbourhood café on the south coast.',
  },
  {
    sectors: ['hospitality'],
    text: 'Our restaurant holds a Bib Gourmand and focuses on seasonal cooking with produce from farms within fifty miles.',
  },
  {
    sectors: ['hospitality'],
    text: 'We are a boutique hotel with a {60|80}-cover restaurant, a rooftop bar and a busy calendar of weddings and events.',
  },
  // Logistics.
  {
    sectors: ['logistics'],
    text: 'Tidewell Logistics moves freight for retailers and manufacturers across the country, from a single pallet to a full trailer.',
  },
  {
    sectors: ['logistics'],
    text: 'We are a growing haulage and warehousing company with depots in {four|five|seven} locations.',
  },
  // Retail and wholesale.
  {
    sectors: ['retail'],
    text: 'Greengage Foods supplies fresh produce and dry goods to hundreds of independent shops, cafés and restaurants.',
  },
  {
    sectors: ['retail'],
    text: 'We are a national retailer with more than {150|220} stores and a fast-growing online shop.',
  },
];

export const BENEFITS: Record<Sector, string[]> = {
  tech: [
    'We offer a competitive salary, share options and {25|28|30} days of paid holiday.',
    'Flexible hours and remote work are the norm, and the whole company meets in person once a quarter.',
    'Everyone gets a yearly learning budget for books, courses and conferences.',
    'Benefits include private health insurance, a pension plan and a laptop of your choice.',
    'The salary range for this role is €{55|60|65},000–€{80|85|90},000, depending on experience.',
    'We offer {16|20|26} weeks of fully paid parental leave for all parents.',
  ],
  health: [
    'We offer a generous pension scheme, paid professional registration fees and funded training.',
    'Benefits include subsidised parking, an employee assistance programme and on-site childcare.',
    'Flexible working patterns are available, including part-time hours and term-time contracts.',
  ],
  finance: [
    'We offer study support for professional exams, including paid study leave and exam fees.',
    'You can work from home two or three days a week, and we offer a pension scheme and 25 days of holiday.',
    'There is an annual bonus linked to company performance.',
  ],
  education: [
    'We offer a supportive induction programme, a mentor and access to funded professional development.',
    'Staff benefit from a pension scheme, free lunches during term time and a cycle-to-work scheme.',
  ],
  hospitality: [
    'We offer straight shifts where possible, free staff meals, fairly shared tips and 28 days of holiday.',
    'Staff get discounts at all our venues and paid training with our head chef.',
  ],
  logistics: [
    'We pay competitive hourly rates with overtime, paid breaks and a pension scheme.',
    'New drivers get a paid induction week and an experienced mentor for their first month.',
  ],
  retail: [
    'We offer a staff discount, a pension scheme and a bonus based on company results.',
    'Hybrid working, 25 days of holiday and an interest-free season ticket loan are all part of the package.',
  ],
};

export const CLOSINGS: string[] = [
  'If this sounds like you, we would love to hear from you.',
  'Send us your CV and a short note about why this role interests you.',
  'We review applications on a rolling basis, so please apply early.',
  'We welcome applicants of all backgrounds and are happy to make reasonable adjustments during the hiring process.',
  'Our hiring process has {three|four} steps and usually takes about two weeks.',
  "Even if you don't meet every requirement, please apply – we value potential as much as experience.",
];

export const HEADINGS = {
  about: ['About the role', 'The role', 'Job description', 'Overview'],
  responsibilities: ['Responsibilities', "What you'll do", 'Key responsibilities', 'Your day to day'],
  requirements: ["What we're looking for", 'Requirements', 'Skills and experience', 'About you'],
  niceToHave: ['Nice to have', 'Bonus points', 'Desirable'],
  offer: ['What we offer', 'Benefits', 'Why join us'],
};

/** Prefixes that turn an imperative responsibility into a prose sentence. */
export const RESPONSIBILITY_LEADS = [
  'You will ',
  "You'll also ",
  'Day to day, you will ',
  'You will also ',
  'Part of the job is to ',
  'We will count on you to ',
];

/** Labels for prose lists of requirements, nice-to-haves and extra responsibilities ("label: a; b; c."). */
export const PROSE_LIST_LABELS = {
  requirements: ["What we're looking for", 'Requirements', 'Skills and experience', 'About you'],
  niceToHave: ['Nice to have', 'Bonus points', 'Desirable but not essential'],
  moreResponsibilities: ['Other responsibilities', 'The role also involves the following', 'Further duties'],
};

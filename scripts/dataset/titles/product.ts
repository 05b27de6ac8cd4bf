/** Product roles around engineering: QA, UX/UI design, product management. */
import type { TitlePool } from '../types';

export const QA_ENGINEER: TitlePool = {
  title: 'QA Engineer',
  count: 13,
  sectors: ['tech', 'finance', 'health'],
  intros: [
    'We are hiring a QA Engineer to help us ship high-quality software without slowing the team down.',
    'Join our product team as a software tester and take ownership of quality across our web and mobile apps.',
    'We need a QA Engineer who enjoys both exploratory testing and building reliable test automation.',
    'As a QA Engineer you will design test strategies, automate regression suites and champion quality in every sprint.',
  ],
  context: [
    'You will be embedded in a squad of developers, a designer and a product manager.',
    'We release weekly, and our automated tests are the main thing standing between a bug and our customers.',
    'Our end-to-end suite currently takes forty minutes, and we would like your help making it faster and less flaky.',
  ],
  responsibilities: [
    'Write and maintain automated end-to-end tests with Playwright, Cypress or Selenium.',
    'Explore new features by hand and report bugs with clear steps to reproduce.',
    'Create test plans and test cases from user stories and acceptance criteria.',
    'Build API tests with Postman or REST Assured.',
    'Run regression testing before releases and report on release readiness.',
    'Work with developers to improve unit and integration test coverage.',
    'Investigate flaky tests and fix their root causes.',
    'Test mobile apps on real devices as well as emulators.',
    'Help us retire the phrase "works on my machine" by making test environments reproducible.',
    'Track quality metrics and share them with the team.',
  ],
  requirements: [
    '{2|3|4}+ years of experience in software testing or quality assurance.',
    'Test automation experience in JavaScript, TypeScript, Java or Python.',
    'Good understanding of the software development lifecycle and agile methods.',
    'Experience tracking bugs in Jira or a similar tool.',
    'Ability to write clear bug reports and test documentation.',
    'A curious, detail-oriented mindset and a knack for finding edge cases.',
    'ISTQB certification is welcome but not required.',
  ],
  tools: [
    'We use Playwright, Postman, BrowserStack, Jira and GitHub Actions.',
    'Load tests run with k6, and test results are reported in Allure.',
  ],
  niceToHave: [
    'Experience with performance or load testing.',
    'Experience with accessibility testing.',
    'SQL for checking data in the database.',
    'Experience testing payment or banking systems.',
  ],
};

export const UX_UI_DESIGNER: TitlePool = {
  title: 'UX/UI Designer',
  count: 12,
  sectors: ['tech', 'retail', 'health'],
  intros: [
    'We are looking for a UX/UI Designer to create intuitive, beautiful experiences across our web and mobile products.',
    'Join our design team as a product designer who can take ideas from user research to polished interface design.',
    'We need a UX/UI Designer to redesign our onboarding flow and reduce the number of people who give up halfway.',
    'As a UX/UI Designer you will work with product managers and engineers to design features that are easy to use.',
  ],
  context: [
    'Our design team is four designers and a user researcher, each embedded in a product squad.',
    'We have a mature design system in Figma and a matching component library in code.',
    'Our users range from people who rarely use a computer to professional accountants, so clarity matters.',
  ],
  responsibilities: [
    'Plan and run user research, including interviews, usability tests and surveys.',
    'Create user flows, wireframes and interactive prototypes in Figma.',
    'Design high-fidelity screens that follow and extend our design system.',
    'Work closely with developers during implementation and review builds for quality.',
    'Make accessibility part of every design, from colour contrast to focus order.',
    'Analyse product data and feedback to find usability problems.',
    'Present design decisions to stakeholders and explain the reasoning behind them.',
    'Contribute new components and patterns to the design system.',
    'Write clear microcopy together with our content designer.',
  ],
  requirements: [
    '{3|4|5}+ years of experience in UX, UI or product design.',
    'A strong portfolio that shows your process as well as the final result.',
    'Expert Figma skills, including components, variants and auto layout.',
    'Experience with user research methods and usability testing.',
    'Good understanding of interaction design, typography and visual hierarchy.',
    'Knowledge of accessibility guidelines such as WCAG.',
    'Ability to give and receive design feedback constructively.',
  ],
  tools: [
    'Our tools are Figma, FigJam, Maze, Dovetail and Notion.',
    'We hand off designs through Figma Dev Mode and review the built components in Storybook.',
  ],
  niceToHave: [
    'Basic HTML and CSS.',
    'Experience with motion design or with prototyping tools such as ProtoPie.',
    'Experience designing data-heavy dashboards.',
    'Experience designing native apps for iOS and Android.',
  ],
};

export const PRODUCT_MANAGER: TitlePool = {
  title: 'Product Manager',
  count: 10,
  sectors: ['tech', 'finance', 'retail'],
  intros: [
    'We are hiring a Product Manager to own the roadmap for our {payments|onboarding|reporting} product area.',
    'Join us as a Product Manager and help a cross-functional team decide what to build next, and why.',
    'We need a Product Manager who is comfortable with data, close to customers and clear in their communication.',
    'As a Product Manager you will turn customer problems into well-defined opportunities that engineers and designers are excited to solve.',
  ],
  context: [
    'You will lead a squad of five engineers, a designer and a data analyst.',
    'The product serves around two thousand business customers, from two-person firms to large enterprises.',
    'Product managers here spend real time with customers: at least a few calls every week.',
  ],
  responsibilities: [
    'Own the product roadmap and prioritise work by customer value and business impact.',
    'Write clear problem statements, user stories and acceptance criteria.',
    'Run discovery: interview customers, analyse data and test ideas with prototypes.',
    'Define success metrics and track them after every launch.',
    'Balance new features, technical debt and reliability with the engineering lead.',
    'Coordinate launches with marketing, sales and customer support.',
    'Communicate progress and decisions to stakeholders and leadership.',
    'Own the "why" behind every roadmap item, and say no when something does not fit.',
    'Keep an eye on competitors and market trends.',
  ],
  requirements: [
    '{3|4|5}+ years of experience in product management, ideally in SaaS.',
    'Experience working closely with engineers and designers in agile teams.',
    'Strong analytical skills and comfort with SQL or product analytics tools.',
    'Excellent written and verbal communication.',
    'Ability to make decisions with incomplete information.',
    'A track record of launching products that customers actually use.',
    'Enough technical understanding to discuss trade-offs with engineers.',
  ],
  tools: [
    'We use Jira, Productboard, Figma and Notion.',
    'Product analytics come from Amplitude and Looker, and customer feedback is collected in Intercom.',
  ],
  niceToHave: [
    'Experience in fintech or payments.',
    'Experience with pricing and packaging decisions.',
    'Previous experience as an engineer, designer or analyst.',
    'Experience with product-led growth.',
  ],
};

export const PRODUCT_TITLES = [QA_ENGINEER, UX_UI_DESIGNER, PRODUCT_MANAGER];

/** Roles outside software: healthcare, finance, sales, education, hospitality, transport. */
import type { TitlePool } from '../types';

export const REGISTERED_NURSE: TitlePool = {
  title: 'Registered Nurse',
  count: 15,
  sectors: ['health'],
  intros: [
    'We are looking for a Registered Nurse to join our {medical|surgical|orthopaedic|cardiology} ward.',
    'Join our hospital team as a Registered Nurse and provide safe, compassionate care to adult inpatients.',
    'We need a caring, experienced clinician to deliver bedside care on a busy acute medical ward.',
    'As a Registered Nurse in our community team, you will visit patients at home and help them manage long-term conditions.',
    'Our intensive care unit is hiring a qualified practitioner who stays calm under pressure and looks after critically ill patients with skill and kindness.',
  ],
  context: [
    'The ward has {24|28|32} beds and a mix of planned admissions and emergencies.',
    'You will work 12-hour day and night shifts on a rotating rota, and self-rostering is available.',
    'Our multidisciplinary team includes doctors, physiotherapists, pharmacists, healthcare assistants and occupational therapists.',
    'New starters get a supernumerary period and a structured preceptorship to settle in.',
  ],
  responsibilities: [
    "Assess, plan, deliver and evaluate care according to each patient's needs.",
    'Give medications safely, including intravenous drugs, and keep accurate records.',
    'Monitor vital signs, recognise deterioration early and escalate concerns to the medical team.',
    'Dress wounds, manage catheters and care for surgical drains.',
    'Support patients and families with clear information and emotional support.',
    'Plan safe discharges with social workers, therapists and community services.',
    'Supervise healthcare assistants and mentor students on clinical placement.',
    'Keep electronic patient records accurate and up to date.',
    'Follow infection prevention and control procedures at all times.',
    'Take charge of the ward on some shifts once you have gained experience.',
  ],
  requirements: [
    'Current professional registration with the relevant regulator, with no restrictions on practice.',
    'A recognised degree or diploma in adult or child health, and a commitment to ongoing professional development.',
    'Experience in acute hospital care, although newly qualified applicants are welcome.',
    'Up-to-date basic life support training, with intermediate or advanced life support a plus.',
    'Strong communication with patients, relatives and colleagues.',
    'Ability to prioritise on a busy ward and stay calm in emergencies.',
    'Confidence with electronic health records and medication systems.',
  ],
  tools: [
    'You will document care in our electronic patient record and use smart infusion pumps and barcode medication scanning.',
    'Equipment on the unit includes cardiac monitors, syringe drivers and bladder scanners.',
  ],
  niceToHave: [
    'Experience in critical care, theatres or emergency medicine.',
    'A mentorship or practice assessor qualification.',
    'Cannulation and venepuncture competencies.',
    'Experience with tissue viability or diabetes care.',
  ],
};

export const ACCOUNTANT: TitlePool = {
  title: 'Accountant',
  count: 11,
  sectors: ['finance', 'tech', 'health', 'retail'],
  intros: [
    'We are looking for an Accountant to manage month-end close and prepare financial statements.',
    'Join our finance team as an Accountant supporting a fast-growing {technology company|hospital group|retail chain}.',
    'We need a qualified Accountant to handle management accounts, tax filings and audit preparation.',
    'As an Accountant in our practice, you will look after a portfolio of small business clients.',
  ],
  context: [
    'The finance team is six people, reporting to the financial controller.',
    'You will work with budget holders across the business as well as with our external auditors and tax advisers.',
    'The group has entities in several countries, so consolidation and intercompany work are part of the role.',
  ],
  responsibilities: [
    'Prepare monthly management accounts, balance sheet reconciliations and variance analysis.',
    'Run month-end and year-end close, including accruals and prepayments.',
    'Prepare VAT returns and support corporate tax computations.',
    'Maintain the general ledger and make sure transactions are coded correctly.',
    'Work with auditors and prepare audit working papers.',
    'Support budgeting and forecasting with department heads.',
    'Review expenses, supplier invoices and payroll journals.',
    'Improve finance processes and automate manual spreadsheet work.',
    'Prepare statutory accounts for small and medium-sized companies.',
  ],
  requirements: [
    'A professional accounting qualification (ACA, ACCA, CIMA or CPA), or studying towards one.',
    '{2|3|4}+ years of experience in accounting or finance.',
    'Strong Excel skills, including pivot tables and lookups.',
    'Experience with Xero, Sage, NetSuite or similar accounting software.',
    'Good knowledge of accounting standards and tax rules.',
    'Strong attention to detail and the ability to meet deadlines.',
    'Clear communication with colleagues outside finance.',
  ],
  tools: [
    'We use Xero, Dext, Excel and Power BI.',
    'Our ERP is NetSuite, with reporting built in Excel and Power BI.',
  ],
  niceToHave: [
    'Experience in a multi-currency environment.',
    'Experience with IFRS.',
    'Payroll experience.',
    'Interest in finance systems and automation.',
  ],
};

export const SALES_REPRESENTATIVE: TitlePool = {
  title: 'Sales Representative',
  count: 10,
  sectors: ['tech', 'retail', 'logistics'],
  intros: [
    'We are hiring a Sales Representative to grow our customer base across the {north-west|south-east|Midlands} region.',
    'Join our commercial team as a Sales Representative selling software to small and medium-sized businesses.',
    'We need a motivated Sales Representative to build relationships with restaurants, cafés and hotels.',
    'As a Sales Representative you will manage the whole sales cycle, from first call to signed contract.',
  ],
  context: [
    'The sales team is twelve people, split between new business and account management.',
    'A company car or car allowance comes with the role, as you will spend two or three days a week on the road.',
    'The role comes with an on-target earnings package and uncapped commission.',
    'Our products are used by more than five thousand businesses, and our reputation makes the first call easier.',
  ],
  responsibilities: [
    'Prospect for new customers through calls, emails, LinkedIn and events.',
    "Run product demonstrations and tailor them to each customer's needs.",
    'Manage a pipeline of opportunities in the CRM and keep forecasts accurate.',
    'Negotiate pricing and contract terms and close deals.',
    'Visit customers on site to build long-term relationships.',
    'Work with marketing on campaigns and with customer success on handovers.',
    'Meet monthly and quarterly revenue targets.',
    'Attend trade shows and industry events to generate leads.',
    'Pass customer feedback on to the product team.',
  ],
  requirements: [
    '{1|2|3}+ years of experience in B2B sales, ideally in software or services.',
    'A proven track record of meeting or beating sales targets.',
    'Excellent communication, listening and negotiation skills.',
    'Resilience and a positive attitude when facing rejection.',
    'Experience with a CRM such as Salesforce or HubSpot.',
    'A full driving licence for visiting customers.',
    'Self-motivation and good time management.',
  ],
  tools: [
    'You will use HubSpot, LinkedIn Sales Navigator, Gong and Google Workspace.',
    'Leads come from inbound marketing, and every deal is tracked in Salesforce.',
  ],
  niceToHave: [
    'Experience selling to hospitality or retail businesses.',
    'A second language.',
    'An existing network in the region.',
  ],
};

export const TEACHER: TitlePool = {
  title: 'Teacher',
  count: 9,
  sectors: ['education'],
  intros: [
    'We are looking for an enthusiastic Teacher to join our primary school from September.',
    'Join our secondary school as a Teacher of {mathematics|science|English|history} and inspire students to love learning.',
    'We need a dedicated Teacher who builds strong relationships with pupils and sets high expectations in the classroom.',
    'As a Teacher at our international school, you will teach a diverse group of students from more than thirty countries.',
  ],
  context: [
    'Our school has around {400|650|900} pupils and a supportive, collaborative staff team.',
    'We are a friendly school with small class sizes and a strong focus on wellbeing.',
    'We teach pupils aged 11–16, and the school was rated good at its last inspection.',
  ],
  responsibilities: [
    'Plan and deliver engaging lessons that meet the needs of all learners.',
    "Assess pupils' progress, give useful feedback and adapt your teaching accordingly.",
    'Create a safe, positive classroom with clear routines.',
    'Support pupils with special educational needs together with teaching assistants and the SENCO.',
    'Keep parents and carers informed about progress and wellbeing.',
    'Contribute to curriculum planning within your department.',
    'Run or support clubs, trips and sports fixtures.',
    'Take part in professional development and share good practice with colleagues.',
    'Follow safeguarding procedures and report concerns promptly.',
  ],
  requirements: [
    'Qualified teacher status or an equivalent teaching qualification.',
    'A degree in a relevant subject.',
    'Experience teaching the relevant age group, including placements for early-career teachers.',
    'Strong subject knowledge and a passion for education.',
    'Excellent behaviour management.',
    'Good organisation and communication skills.',
    'A commitment to safeguarding and promoting the welfare of children.',
  ],
  tools: [
    'Classrooms have interactive whiteboards, and we use Google Classroom for homework.',
    'We track progress in Arbor and share lesson resources on a common drive.',
  ],
  niceToHave: [
    'Experience teaching in a bilingual or international setting.',
    'Willingness to lead an after-school club.',
    'Experience with outdoor learning or forest school.',
  ],
};

export const CHEF: TitlePool = {
  title: 'Chef',
  count: 8,
  sectors: ['hospitality'],
  intros: [
    'We are looking for a talented Chef to join the kitchen of our busy {bistro|brasserie|hotel restaurant}.',
    'Join our team as a Chef de Partie and help deliver seasonal, locally sourced dishes.',
    'We need an experienced Chef who can run a section under pressure and keep standards high.',
    'As a Chef in our café and bakery, you will cook breakfast, lunch and weekend brunch for a loyal local crowd.',
  ],
  context: [
    'Our kitchen serves around {80|120|200} covers a day, with an à la carte menu and private dining.',
    'We work with local farms and fishermen, and the menu changes with the seasons.',
    'The kitchen brigade is eight chefs, led by our head chef and sous-chef.',
  ],
  responsibilities: [
    'Prepare, cook and present dishes to the standard set by the head chef.',
    'Run your section during service and make sure every plate leaves on time.',
    'Complete your mise en place before each service and keep your station organised.',
    'Follow food safety, hygiene and allergen procedures at all times.',
    'Help develop new dishes and seasonal specials.',
    'Manage stock rotation, ordering and deliveries to reduce waste.',
    'Train and support junior chefs and kitchen porters.',
    'Keep temperature logs, cleaning schedules and HACCP records up to date.',
    'Cover the pastry section when needed, from tarte Tatin to crème brûlée.',
  ],
  requirements: [
    '{2|3|4}+ years of experience in a professional kitchen.',
    'A food hygiene certificate at level 2 or above.',
    'Strong knife skills and classic cooking techniques.',
    'Ability to stay calm under pressure during busy services.',
    'Flexibility to work evenings, weekends and bank holidays.',
    'A passion for food and high standards.',
    'Good teamwork and communication.',
  ],
  tools: [
    'The kitchen has a charcoal grill, combi ovens and a full pastry section.',
    'Orders come through a kitchen display system, and we track stock with a simple app.',
  ],
  niceToHave: [
    'Culinary school training.',
    'Experience with pastry or bread.',
    'Experience in a fine dining kitchen.',
  ],
};

export const TRUCK_DRIVER: TitlePool = {
  title: 'Truck Driver',
  count: 8,
  sectors: ['logistics', 'retail'],
  intros: [
    'We are hiring a Truck Driver for {long-haul|regional|local} deliveries across the country.',
    'Join our logistics team as an HGV driver delivering goods to supermarkets and distribution centres.',
    'We need a reliable Truck Driver with a clean licence and a strong safety record.',
    'As a Truck Driver you will transport freight safely and on time and build good relationships with our customers.',
  ],
  context: [
    'Our fleet has {60|120|250} modern tractor units, all fitted with telematics and dash cameras.',
    'Routes are planned in advance, and most drivers are home {every night|at weekends|three nights a week}.',
    'We are a family-owned haulage company that has been on the road for over forty years.',
  ],
  responsibilities: [
    'Drive articulated or rigid trucks safely and within traffic laws.',
    'Carry out daily vehicle checks and report defects.',
    'Load and unload goods, using pallet trucks or tail-lifts where needed.',
    'Secure loads properly and check paperwork before departure.',
    'Follow driving hours rules and record them on the tachograph.',
    'Deliver on time and collect proof of delivery from customers.',
    'Keep the transport office informed about delays or route changes.',
    'Keep the cab clean and the vehicle in good condition.',
  ],
  requirements: [
    'A valid Class A CDL or a C+E licence, depending on your location.',
    'A driver qualification card and a digital tachograph card.',
    'At least {two|three|four} years of commercial driving experience.',
    'A clean driving record with no major violations.',
    'Good knowledge of road safety and load security.',
    'Physical fitness for loading and unloading.',
    'Ability to work independently and manage your time.',
  ],
  tools: [
    'Trucks are equipped with sat-nav, telematics and hands-free communication.',
    'You will use a handheld scanner and an app for proof of delivery.',
  ],
  niceToHave: [
    'ADR certification for hazardous goods.',
    'A forklift licence.',
    'Experience with refrigerated or temperature-controlled loads.',
  ],
};

export const NON_SOFTWARE_TITLES = [
  REGISTERED_NURSE,
  ACCOUNTANT,
  SALES_REPRESENTATIVE,
  TEACHER,
  CHEF,
  TRUCK_DRIVER,
];

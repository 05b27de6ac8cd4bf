/** Infrastructure and security: DevOps, cloud architecture, networking, security operations. */
import type { TitlePool } from '../types';

export const DEVOPS_ENGINEER: TitlePool = {
  title: 'DevOps Engineer',
  count: 18,
  sectors: ['tech', 'finance', 'retail'],
  intros: [
    'We are hiring a DevOps Engineer to build and run the cloud infrastructure behind our products.',
    'Join our platform team as a DevOps Engineer and help developers ship code safely many times a day.',
    'We need a DevOps Engineer with strong Kubernetes and Terraform experience to improve our deployment pipelines.',
    'As a DevOps Engineer you will automate everything from infrastructure provisioning to release management.',
    'Our site reliability team is looking for an engineer who cares about uptime, observability and calm incident response.',
  ],
  context: [
    'Our infrastructure runs on {AWS|Google Cloud|Azure} across several regions, with Kubernetes for most workloads.',
    'You will join a platform team of five that supports around sixty developers.',
    'We practise "you build it, you run it", and the platform team provides the tools that make that possible.',
    'We are halfway through a migration from virtual machines to containers and would love your help finishing it.',
  ],
  responsibilities: [
    'Build and maintain CI/CD pipelines in GitHub Actions, GitLab CI or Jenkins.',
    'Manage cloud infrastructure as code with Terraform and keep modules reusable.',
    'Operate Kubernetes clusters, including upgrades, autoscaling and network policies.',
    'Set up monitoring, logging and alerting with Prometheus, Grafana and Loki.',
    'Join the on-call rotation, lead incident response and write blameless postmortems.',
    'Improve security by managing secrets, patching images and enforcing least-privilege access.',
    'Reduce cloud costs by right-sizing resources and cleaning up unused services.',
    'Write automation in Bash, Python or Go.',
    'Help development teams containerise their applications and adopt good deployment practices.',
    'Maintain disaster recovery plans and test them regularly.',
  ],
  requirements: [
    '{3|4|5}+ years of experience in DevOps, SRE or infrastructure engineering.',
    'Strong Linux administration and networking fundamentals.',
    'Hands-on experience with Docker and Kubernetes in production.',
    'Infrastructure as code with Terraform, Pulumi or CloudFormation.',
    'Experience with at least one major cloud provider.',
    'Scripting in Bash and in Python or Go.',
    'Good understanding of continuous delivery and Git workflows.',
    'Clear communication, especially during incidents.',
  ],
  tools: [
    'Our toolbox: Terraform, Kubernetes, Helm, Argo CD, GitHub Actions, Prometheus and Grafana.',
    'Secrets live in Vault, and container images are scanned with Trivy before deployment.',
    'We use PagerDuty for on-call and Datadog for application monitoring.',
  ],
  niceToHave: [
    'Certified Kubernetes Administrator (CKA) or cloud certifications.',
    'Experience with service meshes such as Istio or Linkerd.',
    'Experience with GitOps workflows.',
    'Knowledge of compliance frameworks such as SOC 2 or ISO 27001.',
  ],
};

export const CLOUD_ARCHITECT: TitlePool = {
  title: 'Cloud Architect',
  count: 9,
  sectors: ['tech', 'finance'],
  intros: [
    'We are looking for a Cloud Architect to design secure, scalable cloud platforms for our enterprise clients.',
    'Join us as a Cloud Architect and lead our migration from on-premises data centres to the public cloud.',
    'We need a Cloud Architect who can turn business requirements into well-architected solutions on AWS and Azure.',
    'As a Cloud Architect you will set the technical direction for how dozens of teams build and run services in the cloud.',
  ],
  context: [
    'Many of the workloads you will shape sit in regulated areas, so security, auditability and resilience matter as much as speed.',
    'Our landing zone spans several hundred accounts and subscriptions, governed centrally.',
    'You will work with engineering leads, security, finance and senior stakeholders.',
  ],
  responsibilities: [
    'Design cloud architectures that balance cost, security, resilience and performance.',
    'Lead migration planning for legacy applications, choosing whether to rehost, re-platform or rebuild.',
    'Define landing zones, networking, identity and governance standards.',
    'Produce architecture diagrams, decision records and reference designs.',
    'Review solution designs from delivery teams and guide them towards good practice.',
    'Work with security teams on threat modelling, encryption and compliance.',
    'Advise on cost management and build FinOps practices with the finance team.',
    'Evaluate new services and technologies and run proofs of concept.',
    'Present recommendations to technical and executive audiences.',
  ],
  requirements: [
    '{6|7|8}+ years of experience in infrastructure, software engineering or architecture roles.',
    'Deep knowledge of at least one major cloud platform: AWS, Azure or Google Cloud.',
    'Experience designing networking, identity and security in the cloud.',
    'Strong understanding of infrastructure as code and automation.',
    'Experience with containers, serverless and managed database services.',
    'Excellent communication and stakeholder management.',
    'A professional-level cloud architecture certification, or willingness to get one.',
  ],
  tools: [
    'Tools you will work with include Terraform, AWS Organizations, Azure Policy and Kubernetes.',
    'We document designs with the C4 model and keep architecture decision records in Git.',
  ],
  niceToHave: [
    'Experience with hybrid and multi-cloud environments.',
    'A background in regulated industries such as banking or healthcare.',
    'Experience with data and analytics platforms in the cloud.',
    'TOGAF or a similar enterprise architecture qualification.',
  ],
};

export const NETWORK_ADMINISTRATOR: TitlePool = {
  title: 'Network Administrator',
  count: 12,
  sectors: ['tech', 'health', 'education', 'logistics'],
  intros: [
    'We are hiring a Network Administrator to manage the wired and wireless networks across our offices and warehouses.',
    'Join our IT team as a Network Administrator responsible for switches, routers, firewalls and VPNs.',
    'We need a Network Administrator to keep {a hospital campus|a university|forty retail branches} connected and secure.',
    'As a Network Administrator you will design, monitor and troubleshoot the network that hundreds of staff rely on every day.',
  ],
  context: [
    'Our network covers {three|five|twelve} sites connected by SD-WAN, with a central data centre.',
    'You will work in a small infrastructure team alongside system administrators and the service desk.',
    'We support around {800|1,500|3,000} users and a growing number of IoT devices.',
  ],
  responsibilities: [
    'Configure and maintain switches, routers and wireless access points.',
    'Manage firewalls, VPNs and network access control policies.',
    'Monitor network performance and availability, and respond to outages.',
    'Troubleshoot connectivity problems escalated from the service desk.',
    'Plan and carry out network upgrades with minimal disruption to users.',
    'Maintain network documentation, diagrams and IP address management.',
    'Manage VLANs, routing and the DHCP and DNS services.',
    'Work with vendors and internet providers on circuits and support cases.',
    'Apply firmware updates and security patches to network equipment.',
  ],
  requirements: [
    '{2|3|4}+ years of experience administering enterprise networks.',
    'Strong understanding of TCP/IP, subnetting, VLANs and routing protocols such as OSPF and BGP.',
    'Hands-on experience with Cisco, Juniper, Aruba or similar equipment.',
    'Experience with Palo Alto, Fortinet or Cisco ASA firewalls.',
    'CCNA certification or equivalent experience.',
    'Good troubleshooting skills with packet captures and monitoring tools.',
    'A full driving licence, as the role involves travel between sites.',
  ],
  tools: [
    'We use Cisco Catalyst and Meraki, FortiGate firewalls, PRTG and Wireshark.',
    'Configuration backups and changes are managed with Ansible and Git.',
  ],
  niceToHave: [
    'CCNP or an equivalent certification.',
    'Experience with SD-WAN and cloud networking.',
    'Python scripting for network automation.',
    'Experience with Wi-Fi site surveys and planning.',
  ],
};

export const SECURITY_ANALYST: TitlePool = {
  title: 'Security Analyst',
  count: 11,
  sectors: ['finance', 'tech', 'health'],
  intros: [
    'We are looking for a Security Analyst to monitor, investigate and respond to threats across our organisation.',
    "Join our security operations centre as a Security Analyst and help protect our customers' data.",
    'We need a cyber security analyst to run vulnerability management and support our ISO 27001 programme.',
    'As a Security Analyst you will be the first line of defence against phishing, malware and account takeover.',
  ],
  context: [
    'Our SOC operates around the clock, and analysts work a rotating shift pattern.',
    'You will work closely with IT, engineering and legal teams when incidents happen.',
    'We are a regulated business, so audits and compliance are part of daily life.',
  ],
  responsibilities: [
    'Monitor alerts in our SIEM and triage suspicious activity.',
    'Investigate security incidents, contain threats and document what you find.',
    'Run vulnerability scans, prioritise findings and track fixes with system owners.',
    'Analyse phishing emails reported by staff and block malicious domains.',
    'Develop detection rules and playbooks that automate repetitive investigations.',
    'Support audits and produce evidence for compliance frameworks.',
    'Deliver security awareness training to staff.',
    'Review cloud and endpoint configurations against security baselines.',
    'Keep up with threat intelligence and newly disclosed vulnerabilities.',
  ],
  requirements: [
    '{2|3|4}+ years of experience in security operations or IT security.',
    'Good understanding of networking, operating systems and common attack techniques.',
    'Experience with SIEM platforms such as Splunk, Microsoft Sentinel or Elastic.',
    'Familiarity with the MITRE ATT&CK framework.',
    'Experience with endpoint detection and response tools.',
    'Security certifications such as Security+, CySA+ or GCIH.',
    'Strong analytical and written communication skills.',
  ],
  tools: [
    'Our tooling includes Splunk, CrowdStrike, Microsoft Defender, Tenable and a SOAR platform.',
    'We use Jira for case management and keep our playbooks in a shared wiki.',
  ],
  niceToHave: [
    'Experience with cloud security on AWS or Azure.',
    'Scripting in Python or PowerShell.',
    'Experience with digital forensics or malware analysis.',
    'Knowledge of penetration testing.',
  ],
};

export const INFRA_TITLES = [DEVOPS_ENGINEER, CLOUD_ARCHITECT, NETWORK_ADMINISTRATOR, SECURITY_ANALYST];

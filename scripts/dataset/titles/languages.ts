/** General-purpose backend languages: Python, Java. */
import type { TitlePool } from '../types';

export const PYTHON_DEVELOPER: TitlePool = {
  title: 'Python Developer',
  count: 22,
  sectors: ['tech', 'finance', 'health', 'logistics'],
  intros: [
    'We are looking for a Python Developer to build backend services and internal tools with Django and FastAPI.',
    'Join our engineering team as a Python Developer and help automate the workflows our operations team still does by hand.',
    'We need a Python Developer to build the data pipelines and APIs that serve our machine learning models to customers.',
    'As a Python Developer you will write clean, well-tested code for a platform that processes {insurance claims|shipping manifests|energy meter readings} at scale.',
    "Our research group is hiring a Python Developer to turn scientists' notebooks into reliable, maintainable software.",
    "We're hiring a Python engineer who enjoys readable code, sensible tests and solving real problems for real users.",
  ],
  context: [
    'Our backend is written in Python 3.12, with Django for the main application and FastAPI for newer services.',
    'You will join a team of six engineers who work closely with data scientists and analysts.',
    'We value simple solutions, careful code review and documentation that people actually read.',
    'Most of our services run on AWS, in containers on ECS or as Lambda functions.',
    'Our data science team trains the models, and you will help turn them into production services.',
  ],
  responsibilities: [
    'Build and maintain REST APIs with Django REST Framework or FastAPI.',
    'Write ETL scripts and scheduled jobs that move data between internal systems.',
    'Package machine learning models behind clean APIs and monitor them in production.',
    'Write tests with pytest and keep type hints accurate with mypy.',
    'Automate repetitive work, from report generation to file processing, with well-structured scripts.',
    'Optimise slow database queries in the Django ORM and in raw SQL.',
    'Process large CSV and JSON datasets with pandas and Polars.',
    'Build asynchronous workers with Celery and Redis.',
    'Contribute to code reviews, architecture discussions and on-call duties.',
    'Integrate third-party APIs and handle rate limits, retries and failures gracefully.',
    'Write clear docstrings and internal documentation for the tools you build.',
  ],
  requirements: [
    '{3|4|5}+ years of professional experience with Python.',
    'Strong experience with Django, Flask or FastAPI.',
    'Good knowledge of SQL and relational databases such as PostgreSQL.',
    'Understanding of Python packaging, virtual environments and dependency management.',
    'Experience writing automated tests and working with continuous integration.',
    'Familiarity with Linux, the command line and Docker.',
    'Experience with asynchronous Python and asyncio.',
    'Ability to explain technical decisions clearly to colleagues.',
  ],
  tools: [
    'Our stack includes Python, Django, FastAPI, PostgreSQL, Celery, Redis and Docker.',
    'We use uv for dependencies, Ruff for linting and pytest for testing.',
    'Code lives on GitHub, and deployments go through GitHub Actions to AWS.',
  ],
  niceToHave: [
    'Experience with pandas, NumPy or scikit-learn.',
    'Exposure to deploying machine learning models or to MLOps tools.',
    'Experience with Airflow or Prefect.',
    'A second language such as Go, Rust or TypeScript.',
    'Contributions to open-source Python projects.',
  ],
};

export const JAVA_DEVELOPER: TitlePool = {
  title: 'Java Developer',
  count: 17,
  sectors: ['finance', 'tech', 'logistics'],
  intros: [
    'We are hiring a Java Developer to build high-throughput backend services with Spring Boot.',
    'Join our banking technology team as a Java engineer working on core payment systems.',
    'We need a Java Developer who writes clean, well-tested code and understands how the JVM behaves under load.',
    'As a Java Developer you will design and build microservices for our {insurance|logistics|telecom billing} platform.',
    'Our enterprise integration team is looking for a Java Developer with strong Spring and messaging experience.',
  ],
  context: [
    'Our platform consists of around forty Spring Boot microservices running on Kubernetes.',
    'We process millions of transactions every day, so reliability and correctness come first.',
    'You will join an agile team of five developers, a tester and a product owner.',
    'We are moving from Java 11 to Java 21 and adopting virtual threads where they make sense.',
  ],
  responsibilities: [
    'Design, build and maintain RESTful microservices in Java and Spring Boot.',
    'Write unit and integration tests with JUnit 5, Mockito and Testcontainers.',
    'Work with relational databases through JPA and Hibernate, and tune queries when needed.',
    'Build event-driven integrations with Kafka or RabbitMQ.',
    'Profile JVM memory and garbage collection to remove performance bottlenecks.',
    'Take part in code reviews, design sessions and sprint planning.',
    'Support production systems and help diagnose incidents from logs and metrics.',
    'Improve CI/CD pipelines and automate repetitive build and release steps.',
    'Document APIs with OpenAPI and keep contracts backwards compatible.',
  ],
  requirements: [
    '{3|4|5|6}+ years of professional Java development experience.',
    'Strong knowledge of Spring Boot, Spring Data and Spring Security.',
    'Good understanding of object-oriented design, design patterns and SOLID principles.',
    'Experience with SQL databases such as Oracle or PostgreSQL.',
    'Experience building and consuming REST APIs.',
    'Familiarity with Maven or Gradle, Git and Jenkins.',
    'Understanding of concurrency and multithreading in Java.',
    'Good English and the ability to work in an international team.',
  ],
  tools: [
    'We use Java 21, Spring Boot, Kafka, PostgreSQL, Docker, Kubernetes and IntelliJ IDEA.',
    'Builds run in Jenkins and GitLab CI, and code quality is tracked in SonarQube.',
    'Monitoring uses Prometheus, Grafana and the ELK stack.',
  ],
  niceToHave: [
    'Experience with Kotlin.',
    'Knowledge of AWS or Azure.',
    'Experience in financial services or another regulated industry.',
    'Familiarity with reactive programming in WebFlux or Reactor.',
  ],
};

export const LANGUAGE_TITLES = [PYTHON_DEVELOPER, JAVA_DEVELOPER];

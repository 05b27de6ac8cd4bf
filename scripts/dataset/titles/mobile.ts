/** Mobile development: iOS, Android, Flutter. */
import type { TitlePool } from '../types';

export const IOS_DEVELOPER: TitlePool = {
  title: 'iOS Developer',
  count: 14,
  sectors: ['tech', 'health', 'finance'],
  intros: [
    'We are looking for an iOS Developer to build and maintain our {personal finance|budgeting|savings} app for iPhone and iPad.',
    'Our mobile team is hiring an iOS engineer who cares about smooth animations, crash-free sessions and clean Swift code.',
    'Join us as an iOS Developer and help ship a {fitness tracking|meal planning|language learning} app used by {two hundred thousand|half a million|a million} people every week.',
    'We need an experienced iOS Developer to take ownership of our native iPhone app as we move it from UIKit to SwiftUI.',
    'As an iOS Developer on our product squad, you will turn Figma designs into polished native screens that feel at home on Apple devices.',
  ],
  context: [
    'The iOS team is {four|five|six} engineers who work closely with our Android, backend and design colleagues in two-week sprints.',
    'Our app is written almost entirely in Swift, with a few legacy Objective-C modules we are slowly retiring.',
    'We release to the App Store every two weeks and use phased rollouts and feature flags to keep releases calm.',
    'You will report to the mobile engineering lead and pair regularly with the designer who owns the app experience.',
  ],
  responsibilities: [
    'Build new features in Swift and SwiftUI, from the first prototype to the App Store release.',
    'Maintain and refactor existing UIKit screens, improving accessibility with Dynamic Type and VoiceOver support.',
    'Integrate REST and GraphQL APIs, handling offline states, retries and caching gracefully.',
    'Profile the app with Instruments to find memory leaks, slow launches and dropped frames.',
    'Write unit and UI tests with XCTest and keep the continuous integration pipeline green.',
    'Review pull requests and share what you know about Swift concurrency and app architecture.',
    'Work with designers to refine interactions, haptics and transitions until they feel right on a real device.',
    'Watch crash reports and analytics after each release and fix the issues that matter most to users.',
    'Implement push notifications, deep links and home-screen widgets that bring people back into the app.',
    'Keep the project current with each new iOS release and move off deprecated APIs before they break.',
  ],
  requirements: [
    '{3|4|5}+ years of professional experience building native iOS applications with Swift.',
    'Solid understanding of UIKit and SwiftUI, and an opinion on when to use each.',
    'Experience with async/await, Combine or other patterns for asynchronous work.',
    'Familiarity with MVVM or a similar architecture that keeps view code small and testable.',
    'At least one app published to the App Store and a good grasp of signing, provisioning and App Review.',
    'Experience with Core Data, SwiftData or another on-device persistence layer.',
    "Good knowledge of Apple's Human Interface Guidelines and an eye for detail.",
    'Clear written English and the habit of explaining technical trade-offs to non-engineers.',
  ],
  tools: [
    'Day to day you will use Xcode, Swift Package Manager, Fastlane and TestFlight.',
    'Our toolchain includes Xcode Cloud for builds, Firebase Crashlytics for crash reporting and Figma for design handoff.',
    'We track work in Linear, review code on GitHub and write short decision documents for bigger architecture changes.',
  ],
  niceToHave: [
    'Experience with watchOS, widgets or App Clips.',
    'Some Kotlin or Android experience, so you can collaborate across platforms.',
    'Knowledge of in-app purchases and StoreKit 2.',
    'Experience splitting a large Xcode project into Swift packages.',
    'Interest in testing with people who use assistive technology every day.',
  ],
};

export const ANDROID_DEVELOPER: TitlePool = {
  title: 'Android Developer',
  count: 13,
  sectors: ['tech', 'health', 'retail'],
  intros: [
    'We are hiring an Android Developer to build our {delivery tracking|telehealth|travel booking} app in Kotlin.',
    'Our mobile team needs an Android engineer who enjoys Jetpack Compose and cares about apps that run well on cheap phones.',
    'Join us as an Android Developer and help millions of people {pay bills|book appointments|order groceries} from their phones.',
    "We're looking for an Android Developer to lead the migration of our app from XML layouts to Jetpack Compose.",
    'As an Android Developer, you will own features end to end on an app that ships to Google Play every week.',
  ],
  context: [
    'The Android team is small and senior: three engineers, a shared QA engineer and a designer who also works on iOS.',
    'Our codebase is 100% Kotlin, modularised with Gradle and built around a single-activity architecture.',
    'Many of our users are on older devices with patchy connections, so performance and offline support really matter.',
    'We work in cross-functional squads, with mobile, backend and product people planning and shipping together.',
  ],
  responsibilities: [
    'Build new screens in Jetpack Compose and keep design system components consistent across the app.',
    'Write clean, tested Kotlin, using coroutines and Flow for asynchronous work.',
    'Integrate our REST APIs with Retrofit and OkHttp, and cache data locally with Room.',
    'Investigate ANRs, crashes and battery drain reported in Play Console and fix the root causes.',
    'Improve app startup time and download size across a wide range of Android devices.',
    'Write unit tests with JUnit and instrumentation tests with Espresso or the Compose testing APIs.',
    'Take part in code reviews, technical planning and the occasional release duty.',
    'Break features down with product managers and designers into small, shippable pieces.',
    'Implement background sync with WorkManager and handle runtime permissions carefully.',
    'Keep dependencies, target SDK levels and Gradle configuration up to date.',
  ],
  requirements: [
    '{3|4|5}+ years of experience building native Android apps with Kotlin.',
    'Hands-on experience with Jetpack Compose, ViewModel and the Android lifecycle.',
    'Good understanding of dependency injection with Hilt or Dagger.',
    'Experience with MVVM or MVI and unidirectional data flow.',
    'Apps shipped to Google Play, and familiarity with staged rollouts and app bundles.',
    'Knowledge of Material Design guidelines and Android accessibility features.',
    'Comfort reading Java, since a few older modules are still written in it.',
    'A pragmatic attitude to testing and a habit of leaving code better than you found it.',
  ],
  tools: [
    'You will work with Android Studio, Gradle, Firebase and GitHub Actions.',
    'We use Detekt and ktlint for static analysis and Bitrise for mobile builds.',
    'Crash reporting runs through Crashlytics, and we measure performance with Macrobenchmark and baseline profiles.',
  ],
  niceToHave: [
    'Experience with Kotlin Multiplatform.',
    'Some iOS or Swift knowledge, so you can pair with the iOS team.',
    'Experience building for Wear OS or Android TV.',
    'Familiarity with maps, location services or Bluetooth Low Energy.',
    'Contributions to open-source Android libraries.',
  ],
};

export const FLUTTER_DEVELOPER: TitlePool = {
  title: 'Flutter Developer',
  count: 10,
  sectors: ['tech'],
  intros: [
    'We are looking for a Flutter Developer to build one codebase that ships to both iOS and Android.',
    'Join our startup as a Flutter Developer and help us launch a cross-platform app for {small gym owners|independent pharmacies|local sports clubs}.',
    'We need a Flutter Developer who writes clean Dart and knows how to make a cross-platform app feel native on each device.',
    'Our agency is hiring a Flutter Developer to deliver mobile apps for clients in retail, health and education.',
  ],
  context: [
    'We chose Flutter so that a small team could ship to iPhone and Android users at the same pace.',
    'You will join a team of three Flutter engineers, a backend developer and a designer.',
    'Projects usually run for three to six months, from discovery workshops to store launch and support.',
    'Our app also runs as a web build for admin users, so you will sometimes touch Flutter for web.',
  ],
  responsibilities: [
    'Build responsive, pixel-accurate screens in Flutter from Figma designs.',
    'Manage application state with Riverpod, Bloc or Provider, and keep business logic testable.',
    'Connect the app to REST and Firebase backends, including sign-in and real-time updates.',
    'Write platform channels when we need native iOS or Android features that no plugin covers yet.',
    'Write widget tests and integration tests and keep the build pipeline fast.',
    'Prepare builds for the App Store and Google Play and respond to store review feedback.',
    'Optimise rendering performance, image loading and app size.',
    'Estimate work, raise risks early and demo progress to clients and stakeholders.',
    'Maintain our shared widget library so that new screens are quick to build.',
  ],
  requirements: [
    '{2|3|4}+ years of experience with Flutter and Dart in production apps.',
    'Good understanding of the widget tree, build context and how Flutter renders frames.',
    'Experience with at least one state management approach such as Bloc or Riverpod.',
    'Apps published to both the App Store and Google Play.',
    'Working knowledge of Firebase Auth, Firestore and Cloud Messaging.',
    'Familiarity with Git, code review and agile ways of working.',
    'Ability to debug platform-specific problems on both iOS and Android.',
  ],
  tools: [
    'We use VS Code or Android Studio, Codemagic for builds and Firebase for the backend.',
    'Our favourite packages include dio, freezed, go_router and flutter_bloc.',
    'Designs live in Figma, and tasks and bugs are tracked in Jira.',
  ],
  niceToHave: [
    'Native experience with Swift or Kotlin.',
    'Experience with animation in Rive or with custom painters.',
    'Knowledge of mobile CI/CD with Fastlane or Codemagic.',
    'Dart packages you have published to pub.dev.',
  ],
};

export const MOBILE_TITLES = [IOS_DEVELOPER, ANDROID_DEVELOPER, FLUTTER_DEVELOPER];

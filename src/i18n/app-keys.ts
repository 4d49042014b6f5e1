// The app's own strings that go through the catalogs, as catalog keys (the scenario warnings
// in the error and notice panel).
export type AppKey = 'app.warnings.title' | 'app.warnings.heading' | 'app.warnings.summary';

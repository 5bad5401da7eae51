//! Native timing of the core (not a test): `cargo bench --bench core`.
use std::time::Instant;

fn main() {
    if std::env::var("PROFILE_ENGINE").is_ok() {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/plans/complete.json"))
            .unwrap();
        let (plan, _) = cinplan::plan::plan_from_str(&text);
        let rs = cinplan::ruleset("reading").unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        for _ in 0..200_000 {
            std::hint::black_box(cinplan::check(&plan, rs, today));
        }
        return;
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let good = std::fs::read_to_string(format!("{dir}/plans/complete.json")).unwrap();
    let mut big: serde_json::Value = serde_json::from_str(&good).unwrap();
    let row = big["outcomes"][0].clone();
    big["outcomes"] = serde_json::Value::Array(
        (0..100)
            .map(|i| {
                let mut r = row.clone();
                r["description"] =
                    serde_json::json!(format!("Amira attends school every day and arrives by 8:45 (outcome {i})"));
                r
            })
            .collect(),
    );
    let big = big.to_string();
    let rs = cinplan::ruleset("reading").unwrap();
    let cal = cinplan::Calendar::embedded();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    for (name, text, n) in [("good plan", &good, 20000), ("100 outcomes", &big, 500)] {
        let _ = cinplan::check_str(text, rs, today, cal);
        let mut times = Vec::with_capacity(n);
        for _ in 0..n {
            let t = Instant::now();
            let r = cinplan::check_str(text, rs, today, cal);
            times.push(t.elapsed().as_nanos() as f64 / 1000.0);
            std::hint::black_box(r);
        }
        times.sort_by(|a, b| a.partial_cmp(b).unwrap());
        println!("{name}: median {:.1} µs, p95 {:.1} µs", times[n / 2], times[n * 95 / 100]);
        let med = |f: &dyn Fn()| {
            let mut t: Vec<f64> = (0..n)
                .map(|_| {
                    let s = Instant::now();
                    f();
                    s.elapsed().as_nanos() as f64 / 1000.0
                })
                .collect();
            t.sort_by(|a, b| a.partial_cmp(b).unwrap());
            t[n / 2]
        };
        let (plan, _) = cinplan::plan::plan_from_str(text);
        println!(
            "  parse only: {:.1} µs",
            med(&|| {
                std::hint::black_box(cinplan::plan::plan_from_str(text));
            })
        );
        println!(
            "  JSON to Value only: {:.1} µs",
            med(&|| {
                std::hint::black_box(serde_json::from_str::<serde_json::Value>(text).unwrap());
            })
        );
        println!(
            "  check typed plan: {:.1} µs",
            med(&|| {
                std::hint::black_box(cinplan::check_with(&plan, rs, today, cal));
            })
        );
        let report = cinplan::check_with(&plan, rs, today, cal);
        println!(
            "  report to JSON text: {:.1} µs ({} bytes)",
            med(&|| {
                std::hint::black_box(serde_json::to_string(&report).unwrap());
            }),
            serde_json::to_string(&report).unwrap().len()
        );
        let empty = cinplan::Plan { outcomes: vec![], ..plan.clone() };
        println!(
            "  check without outcomes: {:.1} µs",
            med(&|| {
                std::hint::black_box(cinplan::check_with(&empty, rs, today, cal));
            })
        );
    }
}

//! The AWS profile of the operators' commands, against moto and a fresh PostgreSQL database:
//! `jobs create` makes and records the job's SQS queues (again: the same ones), `enqueue` sends
//! the tasks to them, `redrive --dlq` moves dead letters back, and commands that would run tasks
//! here refuse.

mod common;

use aws_sdk_sqs::types::QueueAttributeName;
use common::{make_volumes, Folio};
use folio_core::JobName;
use folio_emulator::{aws, postgres, unique};

#[tokio::test(flavor = "multi_thread")]
async fn jobs_get_their_queues_and_enqueued_tasks_reach_them() {
    let aws = aws().await;
    let db = postgres().await;
    let folio = Folio::new();
    let job = unique("cli");
    let on_aws = |args: &[&str]| -> Vec<String> {
        let mut all = vec![
            "--database-url".to_owned(),
            db.url.clone(),
            "--queue".into(),
            "sqs".into(),
        ];
        all.extend(args.iter().map(|a| a.to_string()));
        all
    };

    let created = folio.ok(on_aws(&[
        "jobs",
        "create",
        "--name",
        &job,
        "--kind",
        "exec",
        "--config",
        r#"{"command": ["true"]}"#,
    ]));
    assert!(created.contains(&format!("created job '{job}'")), "{created}");
    let queue_url = aws
        .clients
        .sqs
        .get_queue_url()
        .queue_name(format!("folio-{job}-tasks"))
        .send()
        .await
        .expect("the task queue exists")
        .queue_url
        .unwrap();
    let policy = aws
        .clients
        .sqs
        .get_queue_attributes()
        .queue_url(&queue_url)
        .attribute_names(QueueAttributeName::RedrivePolicy)
        .send()
        .await
        .unwrap()
        .attributes
        .unwrap_or_default();
    let policy = &policy[&QueueAttributeName::RedrivePolicy];
    assert!(policy.contains(&format!("folio-{job}-dlq")), "{policy}");
    let name = JobName::new(job.clone()).unwrap();
    let row = db.store.job(&name).await.unwrap();
    assert_eq!(row.queue_url.as_deref(), Some(queue_url.as_str()));
    assert!(row
        .dlq_url
        .as_deref()
        .is_some_and(|u| u.ends_with(&format!("folio-{job}-dlq"))));

    // A pipeline file naming the same job completes rather than duplicates: the same queues.
    let pipeline = folio.root().join("pipeline.toml");
    std::fs::write(
        &pipeline,
        format!("[[job]]\nname = \"{job}\"\nkind = \"exec\"\n[job.config]\ncommand = [\"true\"]\n"),
    )
    .unwrap();
    let again = folio.ok(on_aws(&["jobs", "create", "--file", pipeline.to_str().unwrap()]));
    assert!(again.contains("already exists"), "{again}");
    assert_eq!(
        db.store.job(&name).await.unwrap().queue_url.as_deref(),
        Some(queue_url.as_str())
    );

    let volumes = folio.root().join("volumes");
    make_volumes(&volumes, &[("W1", "I1", 1), ("W2", "I1", 2), ("W3", "I1", 1)]);
    let enqueued = folio.ok(on_aws(&["enqueue", "--job", &job, volumes.to_str().unwrap()]));
    assert!(enqueued.contains("3 task(s) created"), "{enqueued}");
    assert!(
        db.store.owed_sends(10, 10).await.unwrap().is_empty(),
        "every send is recorded"
    );

    let mut bodies = Vec::new();
    for _ in 0..10 {
        let got = aws
            .clients
            .sqs
            .receive_message()
            .queue_url(&queue_url)
            .max_number_of_messages(10)
            .send()
            .await
            .unwrap();
        bodies.extend(got.messages.unwrap_or_default().into_iter().filter_map(|m| m.body));
        if bodies.len() >= 3 {
            break;
        }
    }
    let mut w_ids: Vec<String> = bodies
        .iter()
        .map(|b| {
            serde_json::from_str::<serde_json::Value>(b).unwrap()["volume"]["w_id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    w_ids.sort();
    assert_eq!(w_ids, ["W1", "W2", "W3"], "{bodies:?}");

    // A message SQS set aside goes back to the task queue on request.
    let dlq_url = row.dlq_url.clone().unwrap();
    aws.clients
        .sqs
        .send_message()
        .queue_url(&dlq_url)
        .message_body(&bodies[0])
        .send()
        .await
        .unwrap();
    let moved = folio.ok(on_aws(&["redrive", "--job", &job, "--dlq"]));
    assert!(moved.contains("moved 1 message(s)"), "{moved}");
    let back = aws
        .clients
        .sqs
        .receive_message()
        .queue_url(&queue_url)
        .wait_time_seconds(2)
        .send()
        .await
        .unwrap()
        .messages
        .unwrap_or_default();
    assert_eq!(back.len(), 1);
    assert_eq!(back[0].body.as_deref(), Some(bodies[0].as_str()));

    let refused = folio.fails(on_aws(&["worker", "--images", volumes.to_str().unwrap()]));
    assert!(
        refused.contains("fleet-worker") && refused.contains("--queue db"),
        "{refused}"
    );
}

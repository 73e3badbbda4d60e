//! `S3BlobStore` against moto's S3, and S3's event notification to SQS.

use std::time::Duration;

use aws_sdk_s3::types::{
    Event, FilterRule, FilterRuleName, NotificationConfiguration, NotificationConfigurationFilter, QueueConfiguration,
    S3KeyFilter,
};
use aws_sdk_sqs::types::QueueAttributeName;
use folio_aws::s3::{parse_event_notification, S3BlobStore, MIN_PART_SIZE};
use folio_core::blob::{BlobError, BlobKey, BlobStore};

use crate::common;

async fn bucket(client: &aws_sdk_s3::Client) -> String {
    let name = common::unique("folio-test-");
    client.create_bucket().bucket(&name).send().await.unwrap();
    name
}

fn key(k: &str) -> BlobKey {
    BlobKey::new(k).unwrap()
}

/// Bytes that differ from part to part, so a misordered multipart upload would show.
fn pattern(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i % 251) as u8 ^ (i / 65_536) as u8).collect()
}

#[tokio::test]
async fn objects_round_trip_below_the_prefix_and_list_like_directories() {
    let aws = common::aws().await;
    let b = bucket(&aws.clients.s3).await;
    let store = S3BlobStore::from_url(aws.clients.s3.clone(), &format!("s3://{b}/campaign/2026")).unwrap();
    let a = key("ocr/W1/I1/e/a1/0001.txt");
    let c = key("ocr/W1/I1/e/a1/sub/0002.txt");
    let sibling = key("ocr/W1/I10/e/a1/0001.txt");
    store.put(&a, b"one".to_vec()).await.unwrap();
    store.put(&c, b"two".to_vec()).await.unwrap();
    store.put(&sibling, b"three".to_vec()).await.unwrap();
    assert_eq!(store.get(&a).await.unwrap(), b"one");
    assert_eq!(
        store.describe(&a),
        format!("s3://{b}/campaign/2026/ocr/W1/I1/e/a1/0001.txt")
    );
    assert!(store.local_dir(&a).is_none());

    // The object really lies below the prefix.
    let raw = aws
        .clients
        .s3
        .get_object()
        .bucket(&b)
        .key("campaign/2026/ocr/W1/I1/e/a1/0001.txt")
        .send()
        .await
        .unwrap();
    assert_eq!(raw.body.collect().await.unwrap().into_bytes().as_ref(), b"one");

    // `I1` lists its own objects, not those of `I10`.
    assert_eq!(store.list(&key("ocr/W1/I1")).await.unwrap(), vec![a.clone(), c]);
    assert_eq!(store.list(&key("ocr/W1")).await.unwrap().len(), 3);
    assert!(store.list(&key("ocr/W2")).await.unwrap().is_empty());

    let missing = store.get(&key("ocr/nothing")).await.unwrap_err();
    assert!(
        matches!(missing, BlobError::NotFound(ref d) if d.ends_with("ocr/nothing")),
        "{missing}"
    );
    assert!(store.exists(&a).await.unwrap());
    assert!(!store.exists(&key("ocr/nothing")).await.unwrap());
}

#[tokio::test]
async fn listing_pages_through_more_than_a_thousand_objects() {
    let aws = common::aws().await;
    let b = bucket(&aws.clients.s3).await;
    let store = S3BlobStore::new(aws.clients.s3.clone(), &b, None).unwrap();
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..1010 {
        let store = store.clone();
        tasks.spawn(async move { store.put(&key(&format!("many/{i:05}")), vec![1]).await });
        if tasks.len() >= 16 {
            tasks.join_next().await.unwrap().unwrap().unwrap();
        }
    }
    while let Some(r) = tasks.join_next().await {
        r.unwrap().unwrap();
    }
    let listed = store.list(&key("many")).await.unwrap();
    assert_eq!(listed.len(), 1010);
    assert_eq!(listed[0].as_str(), "many/00000");
    assert_eq!(listed[1009].as_str(), "many/01009");
}

#[tokio::test]
async fn keys_are_checked_and_foreign_objects_are_skipped_in_lists() {
    let aws = common::aws().await;
    let b = bucket(&aws.clients.s3).await;
    let store = S3BlobStore::new(aws.clients.s3.clone(), &b, Some(key("p"))).unwrap();
    for bad in ["../x", "/abs", "a//b", "a/./b"] {
        assert!(matches!(BlobKey::new(bad), Err(BlobError::InvalidKey { .. })), "{bad}");
    }
    // An object another tool wrote with a key folio would refuse does not break a listing.
    aws.clients
        .s3
        .put_object()
        .bucket(&b)
        .key("p/j/odd//name")
        .body(vec![1].into())
        .send()
        .await
        .unwrap();
    store.put(&key("j/fine"), vec![2]).await.unwrap();
    assert_eq!(store.list(&key("j")).await.unwrap(), vec![key("j/fine")]);

    let err = S3BlobStore::new(aws.clients.s3.clone(), "Bad_Bucket", None)
        .unwrap_err()
        .to_string();
    assert!(err.contains("Bad_Bucket"), "{err}");
    let err = S3BlobStore::new(aws.clients.s3.clone(), &b, None)
        .unwrap()
        .multipart(1, 1024)
        .unwrap_err()
        .to_string();
    assert!(err.contains("5 MiB"), "{err}");
}

#[tokio::test]
async fn large_objects_go_up_in_parts_and_files_stream_both_ways() {
    let aws = common::aws().await;
    let b = bucket(&aws.clients.s3).await;
    let store = S3BlobStore::new(aws.clients.s3.clone(), &b, None)
        .unwrap()
        .multipart(MIN_PART_SIZE, MIN_PART_SIZE)
        .unwrap();
    let big = pattern(11 * 1024 * 1024 + 17);
    let k = key("big/volume.tar");
    store.put(&k, big.clone()).await.unwrap();
    assert_eq!(store.get(&k).await.unwrap(), big);
    // A multipart object's ETag ends in `-{parts}`.
    let head = aws
        .clients
        .s3
        .head_object()
        .bucket(&b)
        .key("big/volume.tar")
        .send()
        .await
        .unwrap();
    assert!(
        head.e_tag().unwrap_or_default().trim_matches('"').ends_with("-3"),
        "{:?}",
        head.e_tag()
    );

    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src.bin");
    let file_data = pattern(6 * 1024 * 1024);
    std::fs::write(&src, &file_data).unwrap();
    let fk = key("big/from-file.bin");
    store.put_file(&fk, &src).await.unwrap();
    let dst = dir.path().join("dst.bin");
    assert_eq!(store.get_to_file(&fk, &dst).await.unwrap(), file_data.len() as u64);
    assert_eq!(std::fs::read(&dst).unwrap(), file_data);
    let head = aws
        .clients
        .s3
        .head_object()
        .bucket(&b)
        .key("big/from-file.bin")
        .send()
        .await
        .unwrap();
    assert!(
        head.e_tag().unwrap_or_default().trim_matches('"').ends_with("-2"),
        "{:?}",
        head.e_tag()
    );

    // Small files go up in one PutObject.
    let small = dir.path().join("small.txt");
    std::fs::write(&small, "tiny").unwrap();
    store.put_file(&key("small.txt"), &small).await.unwrap();
    assert_eq!(store.get(&key("small.txt")).await.unwrap(), b"tiny");
}

#[tokio::test]
async fn a_success_json_put_notifies_the_queue_and_other_objects_do_not() {
    let aws = common::aws().await;
    let b = bucket(&aws.clients.s3).await;
    let sqs = &aws.clients.sqs;
    let queue_url = sqs
        .create_queue()
        .queue_name(common::unique("events-"))
        .send()
        .await
        .unwrap()
        .queue_url
        .unwrap();
    let queue_arn = sqs
        .get_queue_attributes()
        .queue_url(&queue_url)
        .attribute_names(QueueAttributeName::QueueArn)
        .send()
        .await
        .unwrap()
        .attributes
        .unwrap()[&QueueAttributeName::QueueArn]
        .clone();
    let filter = NotificationConfigurationFilter::builder()
        .key(
            S3KeyFilter::builder()
                .filter_rules(
                    FilterRule::builder()
                        .name(FilterRuleName::Suffix)
                        .value("success.json")
                        .build(),
                )
                .build(),
        )
        .build();
    aws.clients
        .s3
        .put_bucket_notification_configuration()
        .bucket(&b)
        .notification_configuration(
            NotificationConfiguration::builder()
                .queue_configurations(
                    QueueConfiguration::builder()
                        .id("success-only")
                        .queue_arn(queue_arn)
                        .events(Event::S3ObjectCreated)
                        .filter(filter)
                        .build()
                        .unwrap(),
                )
                .build(),
        )
        .send()
        .await
        .unwrap();

    let store = S3BlobStore::new(aws.clients.s3.clone(), &b, Some(key("camp"))).unwrap();
    let prefix = key("ocr/W1/I 1/e1/a1");
    store
        .put(&prefix.join("page.txt").unwrap(), b"text".to_vec())
        .await
        .unwrap();
    store
        .put(&prefix.join("success.json").unwrap(), b"{}".to_vec())
        .await
        .unwrap();

    let mut events = Vec::new();
    let mut test_events = 0;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while events.is_empty() && tokio::time::Instant::now() < deadline {
        let out = sqs
            .receive_message()
            .queue_url(&queue_url)
            .max_number_of_messages(10)
            .wait_time_seconds(1)
            .send()
            .await
            .unwrap();
        for m in out.messages.unwrap_or_default() {
            let parsed = parse_event_notification(m.body().unwrap_or_default()).unwrap();
            if parsed.is_empty() {
                test_events += 1;
            }
            events.extend(parsed);
        }
    }
    assert!(test_events <= 1, "{test_events} test events");
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].bucket, b);
    assert_eq!(events[0].key, "camp/ocr/W1/I 1/e1/a1/success.json");
    assert!(
        events[0].event_name.starts_with("ObjectCreated:"),
        "{}",
        events[0].event_name
    );
    // The key maps back to the store's own key.
    assert_eq!(
        store.blob_key(&events[0].key),
        Some(prefix.join("success.json").unwrap())
    );
}

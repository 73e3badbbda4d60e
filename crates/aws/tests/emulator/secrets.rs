//! Reading the database URL from Secrets Manager.

use folio_aws::secrets::{read_secret_string, SecretError};
use secrecy::ExposeSecret;

use crate::common::{aws, unique};

#[tokio::test]
async fn a_secret_text_is_read_and_a_missing_secret_is_a_clear_lasting_error() {
    let aws = aws().await;
    let client = aws_sdk_secretsmanager::Client::new(&aws.config);
    let url = "postgres://folio:pw@db.internal:5432/folio?sslmode=require";
    let arn = client
        .create_secret()
        .name(unique("folio-db-"))
        .secret_string(url)
        .send()
        .await
        .unwrap()
        .arn
        .unwrap();
    assert_eq!(read_secret_string(&client, &arn).await.unwrap().expose_secret(), url);

    let missing = arn.replace("folio-db-", "folio-nope-");
    let err = read_secret_string(&client, &missing).await.unwrap_err();
    assert!(matches!(err, SecretError::Api { .. }), "{err:?}");
    assert!(!err.is_retryable(), "{err}");
    assert!(err.to_string().contains(&missing), "{err}");
}

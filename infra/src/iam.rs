//! IAM: the actions an SDK operation needs, and the actions a role's policies allow.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::template::{one_or_many, referenced};

/// Operations whose IAM action is not the service prefix plus the operation's name in
/// PascalCase. S3 is listed whole, since most of its actions differ from its API names; for
/// the others the batch calls share their single call's action.
const EXCEPTIONS: &[(&str, &str, &[&str])] = &[
    ("sqs", "send_message_batch", &["sqs:SendMessage"]),
    ("sqs", "delete_message_batch", &["sqs:DeleteMessage"]),
    (
        "sqs",
        "change_message_visibility_batch",
        &["sqs:ChangeMessageVisibility"],
    ),
    // RunTask hands the task definition's task and execution roles to ECS.
    ("ecs", "run_task", &["ecs:RunTask", "iam:PassRole"]),
    ("s3", "get_object", &["s3:GetObject"]),
    ("s3", "head_object", &["s3:GetObject"]),
    ("s3", "put_object", &["s3:PutObject"]),
    ("s3", "create_multipart_upload", &["s3:PutObject"]),
    ("s3", "upload_part", &["s3:PutObject"]),
    ("s3", "complete_multipart_upload", &["s3:PutObject"]),
    ("s3", "abort_multipart_upload", &["s3:AbortMultipartUpload"]),
    ("s3", "list_objects_v2", &["s3:ListBucket"]),
    ("s3", "list_objects", &["s3:ListBucket"]),
    ("s3", "delete_object", &["s3:DeleteObject"]),
    ("s3", "delete_objects", &["s3:DeleteObject"]),
    ("s3", "copy_object", &["s3:GetObject", "s3:PutObject"]),
    ("s3", "list_parts", &["s3:ListMultipartUploadParts"]),
    ("s3", "list_multipart_uploads", &["s3:ListBucketMultipartUploads"]),
    (
        "s3",
        "put_bucket_notification_configuration",
        &["s3:PutBucketNotification"],
    ),
];

/// The IAM actions `service`'s operation `op` needs; None for an S3 operation this table does
/// not know (add it above rather than guess).
pub fn actions_for(service: &str, op: &str) -> Option<Vec<String>> {
    if let Some((_, _, actions)) = EXCEPTIONS.iter().find(|(s, o, _)| *s == service && *o == op) {
        return Some(actions.iter().map(|a| (*a).to_owned()).collect());
    }
    if service == "s3" {
        return None;
    }
    let pascal: String = op
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect();
    Some(vec![format!("{service}:{pascal}")])
}

/// One `Allow` or `Deny` statement of an identity policy.
#[derive(Debug, Clone)]
pub struct Statement<'a> {
    pub effect: String,
    pub actions: Vec<String>,
    pub resources: Vec<&'a Value>,
    pub condition: Option<&'a Value>,
}

/// The statements of a policy document.
pub fn statements(document: &Value) -> Vec<Statement<'_>> {
    one_or_many(&document["Statement"])
        .into_iter()
        .map(|s| Statement {
            effect: s["Effect"].as_str().unwrap_or_default().to_owned(),
            actions: one_or_many(&s["Action"])
                .into_iter()
                .map(|a| a.as_str().expect("an action is a string").to_owned())
                .collect(),
            resources: one_or_many(&s["Resource"]),
            condition: s.get("Condition"),
        })
        .collect()
}

/// The policy documents of an `AWS::IAM::Role` (inline) or `AWS::IAM::ManagedPolicy`.
pub fn documents(resource: &Value) -> Vec<&Value> {
    let props = &resource["Properties"];
    match resource["Type"].as_str() {
        Some("AWS::IAM::Role") => one_or_many(&props["Policies"])
            .into_iter()
            .map(|p| &p["PolicyDocument"])
            .collect(),
        Some("AWS::IAM::ManagedPolicy") => vec![&props["PolicyDocument"]],
        other => panic!("not an IAM role or managed policy: {other:?}"),
    }
}

/// The actions a role or managed policy allows.
pub fn allowed(resource: &Value) -> BTreeSet<String> {
    documents(resource)
        .into_iter()
        .flat_map(statements)
        .filter(|s| s.effect == "Allow")
        .flat_map(|s| s.actions)
        .collect()
}

/// The role a function (`Role`) or task definition (`TaskRoleArn`) names.
pub fn role_of(resource: &Value) -> Option<&str> {
    let props = &resource["Properties"];
    props
        .get("Role")
        .or_else(|| props.get("TaskRoleArn"))
        .and_then(referenced)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operations_map_to_actions() {
        assert_eq!(actions_for("sqs", "receive_message").unwrap(), ["sqs:ReceiveMessage"]);
        assert_eq!(actions_for("sqs", "send_message_batch").unwrap(), ["sqs:SendMessage"]);
        assert_eq!(
            actions_for("cloudwatch", "put_metric_data").unwrap(),
            ["cloudwatch:PutMetricData"]
        );
        assert_eq!(
            actions_for("ecs", "update_task_protection").unwrap(),
            ["ecs:UpdateTaskProtection"]
        );
        assert_eq!(actions_for("ecs", "run_task").unwrap(), ["ecs:RunTask", "iam:PassRole"]);
        assert_eq!(
            actions_for("secretsmanager", "get_secret_value").unwrap(),
            ["secretsmanager:GetSecretValue"]
        );
        assert_eq!(actions_for("s3", "head_object").unwrap(), ["s3:GetObject"]);
        assert_eq!(actions_for("s3", "get_bucket_tagging"), None);
    }
}

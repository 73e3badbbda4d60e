//! Reads infra/template.yaml (and docker/) against the workspace, so that the deployment and
//! the code cannot drift apart: every binary the template deploys exists; every `FOLIO_*`
//! variable it sets is a setting the code reads, and the required ones are set; every IAM role
//! allows each AWS SDK call its binary's code makes (found in the sources, not listed by hand)
//! and nothing else; `Resource: "*"` only where AWS requires it, with a comment saying so; and
//! the numbers the alarms and the drain rely on match the code's.

use std::collections::{BTreeMap, BTreeSet};

use folio_infra_tests::template::{self, environment, of_type, one_or_many, referenced, text};
use folio_infra_tests::workspace::Workspace;
use folio_infra_tests::{iam, read, sdk};
use serde_json::Value;

const TEMPLATE: &str = "infra/template.yaml";
const DOCKERFILE: &str = "docker/fleet-worker.Dockerfile";

/// Who runs code against AWS under a role of the template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Who {
    /// A Lambda: the binary its zip holds.
    Lambda(&'static str),
    /// fleet-worker, under the task definitions' task role.
    Worker,
    /// People (or CI) running `folio` against the stack, under OperatorPolicy.
    Operator,
}

const ENQUEUE: Who = Who::Lambda("folio-enqueue");
const ON_COMPLETE: Who = Who::Lambda("folio-on-complete");
const BACKLOG: Who = Who::Lambda("folio-backlog");
const PROVISION: Who = Who::Lambda("folio-provision");
const WORKER: Who = Who::Worker;
const OPERATOR: Who = Who::Operator;

/// Which of the callers reach each function that makes SDK calls, and why. The calls inside
/// each function are found in the source; this table says who runs that function. A function
/// with SDK calls missing from it fails the test (classify it), and so does a row whose function
/// no longer makes any call.
const REACHES: &[(&str, &str, &[Who], &str)] = &[
    (
        "crates/aws/src/sqs.rs",
        "ensure_queue",
        &[OPERATOR],
        "job creation makes the job's two queues",
    ),
    (
        "crates/aws/src/sqs.rs",
        "queue_attribute",
        &[OPERATOR],
        "job creation reads the DLQ's ARN for the redrive policy",
    ),
    (
        "crates/aws/src/sqs.rs",
        "SqsQueue::send_batch",
        &[ENQUEUE, ON_COMPLETE, BACKLOG, WORKER, OPERATOR],
        "Queue::send: enqueue, downstream tasks, the outbox re-send (the worker's too, when it sweeps), redrive",
    ),
    (
        "crates/aws/src/sqs.rs",
        "SqsQueue::dead_letter",
        &[WORKER],
        "an unreadable message goes to the DLQ with its reason",
    ),
    (
        "crates/aws/src/sqs.rs",
        "SqsQueue::delete",
        &[WORKER],
        "a message whose task cannot be claimed is deleted",
    ),
    (
        "crates/aws/src/sqs.rs",
        "DeadLetters::receive",
        &[BACKLOG],
        "the tick reads each job's dead letters and the success events'",
    ),
    (
        "crates/aws/src/sqs.rs",
        "DeadLetters::delete",
        &[BACKLOG],
        "the tick removes each dead letter once settled",
    ),
    (
        "crates/aws/src/sqs.rs",
        "SqsQueue::counts_at",
        &[BACKLOG, PROVISION, OPERATOR],
        "QueueStats::depth for backlog and provisioning",
    ),
    (
        "crates/aws/src/sqs.rs",
        "SqsQueue::redrive_dlq",
        &[OPERATOR],
        "`folio redrive` moves DLQ messages back",
    ),
    (
        "crates/aws/src/sqs.rs",
        "SqsQueue::receive_one",
        &[WORKER],
        "Queue::receive",
    ),
    (
        "crates/aws/src/sqs.rs",
        "SqsReceipt::set_visibility",
        &[WORKER],
        "the heartbeat extends the visibility",
    ),
    (
        "crates/aws/src/sqs.rs",
        "SqsReceipt::ack",
        &[WORKER],
        "a completed task's message is deleted",
    ),
    (
        "crates/aws/src/s3.rs",
        "S3BlobStore::upload",
        &[WORKER],
        "artefacts and success.json",
    ),
    (
        "crates/aws/src/s3.rs",
        "S3BlobStore::upload_parts",
        &[WORKER],
        "multipart uploads of large artefacts",
    ),
    (
        "crates/aws/src/s3.rs",
        "S3BlobStore::get_to_file",
        &[WORKER],
        "page images and upstream artefacts to disk",
    ),
    (
        "crates/aws/src/s3.rs",
        "S3BlobStore::exists",
        &[WORKER],
        "BlobStore checks",
    ),
    (
        "crates/aws/src/s3.rs",
        "S3BlobStore::get",
        &[ENQUEUE, ON_COMPLETE, BACKLOG, WORKER],
        "manifests (enqueue), success.json (on-complete, and the tick for dead-lettered events), inputs (worker)",
    ),
    (
        "crates/aws/src/s3.rs",
        "S3BlobStore::list",
        &[WORKER],
        "a volume's images and upstream outputs",
    ),
    (
        "crates/aws/src/ecs.rs",
        "EcsLauncher::task_arns",
        &[BACKLOG, PROVISION],
        "Launcher::count",
    ),
    (
        "crates/aws/src/ecs.rs",
        "EcsLauncher::launch",
        &[BACKLOG, PROVISION],
        "Launcher::launch (RunTask)",
    ),
    (
        "crates/aws/src/ecs.rs",
        "EcsLauncher::count",
        &[BACKLOG, PROVISION],
        "Launcher::count (DescribeTasks)",
    ),
    (
        "crates/aws/src/ecs.rs",
        "set_task_protection",
        &[WORKER],
        "scale-in protection around each task",
    ),
    (
        "crates/aws/src/cloudwatch.rs",
        "CloudWatchMetrics::put_data",
        &[BACKLOG],
        "the backlog metrics",
    ),
    (
        "crates/aws/src/secrets.rs",
        "read_secret_string",
        &[ENQUEUE, ON_COMPLETE, BACKLOG, PROVISION, WORKER],
        "Services::connect reads the database URL from FOLIO_DATABASE_SECRET_ARN at start",
    ),
];

/// Actions a role needs that its own code does not call: the platform calls them with the
/// role. Each is allowed on top of what the code needs, and nothing else is.
fn platform_actions(who: Who) -> BTreeSet<&'static str> {
    let lambda = [
        // The Lambda runtime writes the function's logs.
        "logs:CreateLogStream",
        "logs:PutLogEvents",
        // Lambda manages the function's network interfaces in the VPC.
        "ec2:CreateNetworkInterface",
        "ec2:DeleteNetworkInterface",
        "ec2:AssignPrivateIpAddresses",
        "ec2:UnassignPrivateIpAddresses",
        "ec2:DescribeNetworkInterfaces",
        "ec2:DescribeSubnets",
    ];
    // The database URL's secret is encrypted with the stack's key: Secrets Manager decrypts it
    // for GetSecretValue with the caller's own kms:Decrypt (granted only through Secrets
    // Manager, for that secret: see `key_grants_go_through_secrets_manager_for_the_database_secret`).
    let secret_key = "kms:Decrypt";
    match who {
        Who::Lambda("folio-on-complete") => lambda
            .into_iter()
            // The SQS event source mapping polls the success-events queue with the role.
            .chain(["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"])
            .chain([secret_key])
            .collect(),
        Who::Lambda(_) => lambda.into_iter().chain([secret_key]).collect(),
        Who::Worker => [secret_key].into_iter().collect(),
        Who::Operator => [
            // `folio` reads the database URL, invokes the functions, uploads manifests and reads logs.
            "secretsmanager:GetSecretValue",
            "kms:Decrypt",
            "lambda:InvokeFunction",
            "s3:PutObject",
            // …and read campaign outputs with `aws s3` (folio's own CLI reads them through the database).
            "s3:GetObject",
            "s3:ListBucket",
            "logs:FilterLogEvents",
            "logs:GetLogEvents",
            "logs:StartQuery",
        ]
        .into_iter()
        .collect(),
    }
}

/// Actions AWS grants only on `"*"` (no resource-level permission), each used here under a
/// comment in the template that says so.
const STAR_RESOURCE_ACTIONS: &[&str] = &[
    "ec2:DescribeNetworkInterfaces",
    "ec2:DescribeSubnets",
    "cloudwatch:PutMetricData",
    "ecs:ListTasks",
    "ecs:DiscoverPollEndpoint",
    "ecr:GetAuthorizationToken",
];

fn template() -> Value {
    template::parse(&read(TEMPLATE))
}

/// The binary a function's `Code.S3Key` names: `{prefix}/{binary}/bootstrap.zip`, the layout of
/// `cargo lambda build --output-format zip`.
fn lambda_binary(function: &Value) -> String {
    let key = text(&function["Properties"]["Code"]["S3Key"]);
    let rest = key
        .strip_suffix("/bootstrap.zip")
        .unwrap_or_else(|| panic!("S3Key {key} does not end in /bootstrap.zip"));
    rest.rsplit('/').next().unwrap().to_owned()
}

/// The role (or managed policy) resource each caller runs under.
fn roles(t: &Value) -> BTreeMap<Who, String> {
    let mut out = BTreeMap::new();
    for (id, f) in of_type(t, "AWS::Lambda::Function") {
        let bin = lambda_binary(f);
        let who = [ENQUEUE, ON_COMPLETE, BACKLOG, PROVISION]
            .into_iter()
            .find(|w| matches!(w, Who::Lambda(name) if *name == bin))
            .unwrap_or_else(|| panic!("{id} deploys {bin}, which this test does not know: add it to Who"));
        out.insert(who, iam::role_of(f).expect("a function's Role").to_owned());
    }
    let task_roles: BTreeSet<&str> = of_type(t, "AWS::ECS::TaskDefinition")
        .map(|(_, td)| iam::role_of(td).expect("a task definition's TaskRoleArn"))
        .collect();
    assert_eq!(
        task_roles.len(),
        1,
        "the CPU and GPU task definitions share one task role"
    );
    out.insert(WORKER, task_roles.into_iter().next().unwrap().to_owned());
    out.insert(OPERATOR, "OperatorPolicy".to_owned());
    out
}

#[test]
fn every_lambda_is_a_workspace_binary_built_by_cargo_lambda() {
    let t = template();
    let ws = Workspace::load();
    let mut deployed = BTreeSet::new();
    for (id, f) in of_type(&t, "AWS::Lambda::Function") {
        let props = &f["Properties"];
        assert_eq!(props["Runtime"], "provided.al2023", "{id}");
        assert_eq!(
            props["Handler"], "bootstrap",
            "{id}: cargo lambda's binary is bootstrap"
        );
        assert_eq!(
            props["Architectures"][0],
            serde_json::json!({"Ref": "LambdaArchitecture"}),
            "{id}"
        );
        let bin = lambda_binary(f);
        let pkg = ws
            .package_of_bin(&bin)
            .unwrap_or_else(|| panic!("{id} deploys binary {bin}, which no workspace package builds"));
        assert!(pkg.dir.starts_with("functions/"), "{id}: {bin} comes from {}", pkg.dir);
        deployed.insert(bin);
    }
    // And every function in functions/ is deployed.
    let functions: BTreeSet<String> = ws
        .packages
        .values()
        .filter(|p| p.dir.starts_with("functions/"))
        .flat_map(|p| p.bins.clone())
        .collect();
    assert_eq!(deployed, functions);
}

#[test]
fn the_worker_image_runs_the_fleet_worker_binary_the_task_definitions_name() {
    let t = template();
    let ws = Workspace::load();
    let dockerfile = read(DOCKERFILE);
    let bin = dockerfile
        .split("--bin ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .expect("the Dockerfile builds --bin NAME");
    let pkg = ws
        .package_of_bin(bin)
        .unwrap_or_else(|| panic!("the image builds {bin}, which no package builds"));
    assert_eq!(pkg.name, "fleet-worker");
    for target in ["cpu", "gpu"] {
        assert!(
            dockerfile.contains(&format!(" AS {target}\n")),
            "the Dockerfile has a {target} target"
        );
    }
    let entrypoints: Vec<&str> = dockerfile.lines().filter(|l| l.starts_with("ENTRYPOINT")).collect();
    assert_eq!(entrypoints.len(), 2);
    assert!(entrypoints
        .iter()
        .all(|l| l.contains(&format!("/usr/local/bin/{bin}\""))));
    assert!(dockerfile.contains("USER 10001:10001"));
    // The provisioner overrides the container by name: FOLIO_ECS_CONTAINER, whose default the
    // settings hold.
    let settings = read("crates/service/src/settings.rs");
    assert!(settings.contains("env.get(ECS_CONTAINER).unwrap_or_else(|| \"fleet-worker\".into())"));
    for (id, td) in of_type(&t, "AWS::ECS::TaskDefinition") {
        let containers = td["Properties"]["ContainerDefinitions"].as_array().unwrap();
        assert_eq!(containers.len(), 1, "{id}");
        assert_eq!(containers[0]["Name"], "fleet-worker", "{id}");
        assert_eq!(containers[0]["User"], "10001", "{id}: the image's user");
        assert_eq!(
            containers[0]["MountPoints"][0]["ContainerPath"], "/work",
            "{id}: the image's VOLUME"
        );
    }
    for (id, f) in of_type(&t, "AWS::Lambda::Function") {
        if let Some((_, v)) = environment(f).into_iter().find(|(k, _)| k == "FOLIO_ECS_CONTAINER") {
            assert_eq!(v, "fleet-worker", "{id}");
        }
    }
}

#[test]
fn folio_variables_are_settings_the_code_reads_and_the_required_ones_are_set() {
    let t = template();
    let settings = read("crates/service/src/settings.rs");
    let known: BTreeSet<String> = settings
        .split('"')
        .filter(|s| s.starts_with("FOLIO_") && s.chars().all(|c| c.is_ascii_uppercase() || c == '_'))
        .map(str::to_owned)
        .collect();
    assert!(
        known.contains("FOLIO_DATABASE_SECRET_ARN") && known.contains("FOLIO_ECS_CLUSTER"),
        "{known:?}"
    );

    let required: BTreeMap<&str, &[&str]> = BTreeMap::from([
        ("folio-enqueue", &["FOLIO_DATABASE_SECRET_ARN"][..]),
        (
            "folio-on-complete",
            &["FOLIO_DATABASE_SECRET_ARN", "FOLIO_ARTEFACTS"][..],
        ),
        (
            "folio-backlog",
            &[
                "FOLIO_DATABASE_SECRET_ARN",
                "FOLIO_ECS_CLUSTER",
                "FOLIO_ECS_TASK_DEFINITION",
            ][..],
        ),
        (
            "folio-provision",
            &[
                "FOLIO_DATABASE_SECRET_ARN",
                "FOLIO_ECS_CLUSTER",
                "FOLIO_ECS_TASK_DEFINITION",
            ][..],
        ),
    ]);
    for (id, f) in of_type(&t, "AWS::Lambda::Function") {
        let env: BTreeSet<String> = environment(f).into_iter().map(|(k, _)| k).collect();
        for var in env.iter().filter(|v| v.starts_with("FOLIO_")) {
            assert!(
                known.contains(var),
                "{id} sets {var}, which crates/service/src/settings.rs does not read"
            );
        }
        for var in required[lambda_binary(f).as_str()] {
            assert!(env.contains(*var), "{id} needs {var}");
        }
        assert!(
            !env.contains("FOLIO_DATABASE_URL"),
            "{id}: the URL holds the password; give FOLIO_DATABASE_SECRET_ARN instead"
        );
    }
    for (id, td) in of_type(&t, "AWS::ECS::TaskDefinition") {
        let container = &td["Properties"]["ContainerDefinitions"][0];
        let env: BTreeMap<String, &Value> = environment(container).into_iter().collect();
        for var in env.keys().filter(|v| v.starts_with("FOLIO_")) {
            assert!(known.contains(var), "{id} sets {var}, which the settings do not read");
        }
        // FOLIO_JOB comes per launch, from the launcher's container override.
        for var in [
            "FOLIO_DATABASE_SECRET_ARN",
            "FOLIO_ARTEFACTS",
            "FOLIO_IMAGES",
            "FOLIO_WORK_DIR",
            "FOLIO_DRAIN_SECS",
        ] {
            assert!(env.contains_key(var), "{id} needs {var}");
        }
        assert!(!env.contains_key("FOLIO_JOB"), "{id}: FOLIO_JOB is set per launch");
        assert!(
            !env.contains_key("FOLIO_DATABASE_URL") && container.get("Secrets").is_none(),
            "{id}: the worker reads the URL itself (FOLIO_DATABASE_SECRET_ARN, with its task role); \
             neither the task definition nor the execution role handles it"
        );
    }
    assert!(
        read("crates/aws/src/ecs.rs").contains(".name(\"FOLIO_JOB\")"),
        "the launcher sets FOLIO_JOB"
    );
}

#[test]
fn every_role_allows_the_sdk_calls_its_code_makes_and_nothing_more() {
    let t = template();
    let ws = Workspace::load();
    let operations = sdk::operations();
    for service in ["sqs", "s3", "ecs", "cloudwatch", "secretsmanager"] {
        assert!(
            operations.get(service).is_some_and(|o| o.len() > 10),
            "the {service} SDK's operations"
        );
    }
    // Every crate any deployed binary links, and the SDK calls in it.
    let mut files = BTreeSet::new();
    for bin in [
        "folio-enqueue",
        "folio-on-complete",
        "folio-backlog",
        "folio-provision",
        "fleet-worker",
    ] {
        let pkg = ws
            .package_of_bin(bin)
            .unwrap_or_else(|| panic!("no package builds {bin}"));
        for dep in ws.closure(&pkg.name) {
            files.extend(ws.sources(&dep));
        }
    }
    let calls = sdk::calls(&files.into_iter().collect::<Vec<_>>(), &operations);
    assert!(
        calls.iter().any(|c| c.op == "receive_message"),
        "the scan finds SQS receives: {calls:#?}"
    );

    // Each function with calls is classified, and each row still has calls.
    let mut unclassified = Vec::new();
    for c in &calls {
        if !REACHES
            .iter()
            .any(|(f, func, _, _)| *f == c.file && *func == c.function)
        {
            unclassified.push(format!("{}: {} calls {}::{}", c.file, c.function, c.service, c.op));
        }
    }
    assert!(
        unclassified.is_empty(),
        "SDK calls in functions REACHES does not classify; add a row saying which binaries reach them:\n  {}",
        unclassified.join("\n  ")
    );
    for (file, func, _, _) in REACHES {
        assert!(
            calls.iter().any(|c| c.file == *file && c.function == *func),
            "REACHES names {file} {func}, which makes no SDK call any more: remove the row"
        );
    }

    // What each caller needs, with the call that needs it.
    let mut needs: BTreeMap<Who, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for c in &calls {
        let (_, _, whos, _) = REACHES
            .iter()
            .find(|(f, func, _, _)| *f == c.file && *func == c.function)
            .unwrap();
        let actions = iam::actions_for(&c.service, &c.op).unwrap_or_else(|| {
            panic!(
                "{} calls s3::{}: add its IAM action to infra/src/iam.rs",
                c.function, c.op
            )
        });
        for who in *whos {
            for a in &actions {
                needs
                    .entry(*who)
                    .or_default()
                    .entry(a.clone())
                    .or_default()
                    .push(format!("{} ({})", c.function, c.op));
            }
        }
    }

    let mut problems = Vec::new();
    for (who, role_id) in roles(&t) {
        let role = &t["Resources"][&role_id];
        let allowed = iam::allowed(role);
        let needed = needs.remove(&who).unwrap_or_default();
        for (action, why) in &needed {
            if !allowed.contains(action) {
                problems.push(format!(
                    "{role_id} ({who:?}) lacks {action}, needed by {}",
                    why.join(", ")
                ));
            }
        }
        let platform = platform_actions(who);
        for action in &allowed {
            if !needed.contains_key(action) && !platform.contains(action.as_str()) {
                problems.push(format!(
                    "{role_id} ({who:?}) allows {action}, which no code of it calls (least privilege: remove it, \
                     or say in platform_actions why the platform needs it)"
                ));
            }
        }
    }
    assert!(
        needs.is_empty(),
        "callers without a role in the template: {:?}",
        needs.keys()
    );
    assert!(problems.is_empty(), "\n  {}", problems.join("\n  "));
}

/// The secret every binary is told to read (the created one, or the DatabaseUrlSecretArn
/// parameter).
fn database_secret() -> Value {
    serde_json::json!({"Fn::If": ["CreateDatabase", {"Ref": "DatabaseUrlSecret"}, {"Ref": "DatabaseUrlSecretArn"}]})
}

#[test]
fn each_binary_reads_the_database_secret_its_role_may_read_and_nothing_else_may() {
    let t = template();
    let secret = database_secret();
    for (id, f) in of_type(&t, "AWS::Lambda::Function") {
        let env: BTreeMap<String, &Value> = environment(f).into_iter().collect();
        assert_eq!(env.get("FOLIO_DATABASE_SECRET_ARN"), Some(&&secret), "{id}");
    }
    for (id, td) in of_type(&t, "AWS::ECS::TaskDefinition") {
        let env: BTreeMap<String, &Value> = environment(&td["Properties"]["ContainerDefinitions"][0])
            .into_iter()
            .collect();
        assert_eq!(env.get("FOLIO_DATABASE_SECRET_ARN"), Some(&&secret), "{id}");
    }
    // Every caller may read exactly that secret, and decrypt it through Secrets Manager only.
    for (who, role_id) in roles(&t) {
        let statements: Vec<iam::Statement> = iam::documents(&t["Resources"][&role_id])
            .into_iter()
            .flat_map(iam::statements)
            .collect();
        let reads: Vec<&iam::Statement> = statements
            .iter()
            .filter(|s| s.actions.iter().any(|a| a == "secretsmanager:GetSecretValue"))
            .collect();
        assert_eq!(
            reads.len(),
            1,
            "{role_id} ({who:?}): one statement reads the database secret"
        );
        assert_eq!(reads[0].resources, [&secret], "{role_id} ({who:?})");
        assert_eq!(
            reads[0].actions,
            ["secretsmanager:GetSecretValue"],
            "{role_id} ({who:?})"
        );
    }
    // The execution role no longer injects anything: it pulls the image and writes logs.
    let execution_roles: BTreeSet<&str> = of_type(&t, "AWS::ECS::TaskDefinition")
        .map(|(_, td)| referenced(&td["Properties"]["ExecutionRoleArn"]).expect("ExecutionRoleArn"))
        .collect();
    for role_id in execution_roles {
        let allowed = iam::allowed(&t["Resources"][role_id]);
        assert!(
            allowed
                .iter()
                .all(|a| !a.starts_with("secretsmanager:") && !a.starts_with("kms:")),
            "{role_id} allows {allowed:?}: the worker reads its secret with the task role"
        );
    }
}

#[test]
fn key_grants_go_through_secrets_manager_for_the_database_secret() {
    let t = template();
    let via = serde_json::json!({"Fn::Sub": "secretsmanager.${AWS::Region}.amazonaws.com"});
    let mut grants = 0;
    for (id, res) in template::resources(&t) {
        if !matches!(res["Type"].as_str(), Some("AWS::IAM::Role" | "AWS::IAM::ManagedPolicy")) {
            continue;
        }
        for s in iam::documents(res).into_iter().flat_map(iam::statements) {
            if !s.actions.iter().any(|a| a.starts_with("kms:")) {
                continue;
            }
            assert_eq!(s.actions, ["kms:Decrypt"], "{id}");
            assert_eq!(s.resources.len(), 1, "{id}");
            assert_eq!(referenced(s.resources[0]), Some("Key"), "{id}");
            let equals = &s
                .condition
                .unwrap_or_else(|| panic!("{id}: kms:Decrypt without a condition"))["StringEquals"];
            assert_eq!(equals["kms:ViaService"], via, "{id}");
            assert_eq!(equals["kms:EncryptionContext:SecretARN"], database_secret(), "{id}");
            grants += 1;
        }
    }
    // The four functions, the worker's task role and the operators.
    assert_eq!(grants, 6);
    // And the key does encrypt the secret those grants are for.
    let created = &t["Resources"]["DatabaseUrlSecret"]["Properties"];
    assert_eq!(referenced(&created["KmsKeyId"]), Some("Key"));
}

#[test]
fn the_database_takes_tls_connections_only_and_the_url_asks_for_tls() {
    let t = template();
    let r = &t["Resources"];
    let parameters = &r["DatabaseParameters"]["Properties"]["Parameters"];
    assert_eq!(
        parameters["rds.force_ssl"], "1",
        "the created database refuses plain connections"
    );
    let url = text(&r["DatabaseUrlSecret"]["Properties"]["SecretString"]);
    assert!(url.starts_with("postgres://"), "{url}");
    assert!(url.ends_with("/folio?sslmode=require"), "{url}");
    // sqlx is built with a TLS backend, without which sslmode=require cannot connect.
    let manifest = read("Cargo.toml");
    let sqlx = manifest
        .lines()
        .find(|l| l.starts_with("sqlx = "))
        .expect("the workspace's sqlx");
    assert!(sqlx.contains("\"tls-rustls"), "{sqlx}");
    let skips = serde_json::to_string(&r["Database"]["Metadata"]).unwrap();
    assert!(
        !skips.contains("CKV2_AWS_69"),
        "the encryption-in-transit check is no longer skipped"
    );
}

#[test]
fn no_wildcard_actions_and_star_resources_only_where_aws_requires_them() {
    let t = template();
    let raw = read(TEMPLATE);
    let mut problems = Vec::new();
    for (id, res) in template::resources(&t) {
        if !matches!(res["Type"].as_str(), Some("AWS::IAM::Role" | "AWS::IAM::ManagedPolicy")) {
            continue;
        }
        for s in iam::documents(res).into_iter().flat_map(iam::statements) {
            for a in &s.actions {
                if a.contains('*') {
                    problems.push(format!("{id}: wildcard action {a}"));
                }
            }
            if s.resources.iter().any(|r| *r == "*") {
                for a in &s.actions {
                    if !STAR_RESOURCE_ACTIONS.contains(&a.as_str()) {
                        problems.push(format!("{id}: {a} on Resource \"*\""));
                    }
                }
                // CloudWatch and ECS take a condition that narrows "*" to folio's namespace and cluster.
                if s.actions
                    .iter()
                    .any(|a| a == "cloudwatch:PutMetricData" || a == "ecs:ListTasks")
                    && s.condition.is_none()
                {
                    problems.push(format!("{id}: {:?} on \"*\" without a condition", s.actions));
                }
            }
        }
    }
    // Each `Resource: "*"` in a role or policy sits under a comment that says AWS requires it.
    let lines: Vec<&str> = raw.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        if line.trim() == "Resource: \"*\"" {
            let statement_start = (0..i).rev().find(|&j| lines[j].trim_start().starts_with("- ")).unwrap();
            let above = &lines[statement_start.saturating_sub(4)..statement_start];
            let in_key_policy = lines[..i].iter().rev().take(40).any(|l| l.contains("KeyPolicy:"));
            let says_why = above
                .iter()
                .any(|l| l.trim_start().starts_with('#') && l.contains("requires"));
            if !says_why && !in_key_policy {
                problems.push(format!(
                    "{TEMPLATE}:{}: Resource \"*\" without a comment saying why",
                    i + 1
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n  {}", problems.join("\n  "));
}

#[test]
fn job_queue_arns_match_the_names_the_code_gives_queues() {
    let t = template();
    let sqs = read("crates/aws/src/sqs.rs");
    let mut patterns = BTreeSet::new();
    for (suffix, fun) in [("tasks", "task_queue_name"), ("dlq", "dlq_name")] {
        let body = sqs.split(&format!("pub fn {fun}(")).nth(1).expect(fun);
        let literal = format!("format!(\"folio-{{job}}-{suffix}\")");
        assert!(body[..200].contains(&literal), "{fun} no longer formats {literal}");
        patterns.insert(format!(":folio-*-{suffix}"));
    }
    // Every SQS grant on a job's queues uses those patterns; the template's own queues match none.
    let mut seen = BTreeSet::new();
    for (id, res) in template::resources(&t) {
        if !matches!(res["Type"].as_str(), Some("AWS::IAM::Role" | "AWS::IAM::ManagedPolicy")) {
            continue;
        }
        for s in iam::documents(res).into_iter().flat_map(iam::statements) {
            for r in s.resources.iter().map(|r| text(r)) {
                if r.contains(":sqs:") {
                    let p = patterns.iter().find(|p| r.ends_with(p.as_str()));
                    assert!(p.is_some(), "{id}: SQS resource {r} is not a job-queue pattern");
                    seen.insert(p.unwrap().clone());
                }
            }
        }
    }
    assert_eq!(seen, patterns);
    for (id, q) in of_type(&t, "AWS::SQS::Queue") {
        let name = text(&q["Properties"]["QueueName"]);
        assert!(
            !name.ends_with("-tasks") && !name.ends_with("-dlq"),
            "{id}: {name} would match the job-queue grants"
        );
    }
}

#[test]
fn the_drain_fits_in_the_stop_timeout() {
    let t = template();
    let drain = &t["Mappings"]["Drain"]["Worker"];
    let drain_secs: u64 = text(&drain["DrainSeconds"]).parse().unwrap();
    let stop_secs = drain["StopTimeoutSeconds"].as_u64().unwrap();
    assert!(
        stop_secs >= drain_secs + 15,
        "hand-back needs time after the drain: {drain_secs} s then {stop_secs} s"
    );
    assert!(
        stop_secs <= 120,
        "Fargate's stopTimeout is at most 120 s (and Spot warns two minutes ahead)"
    );
    let find = serde_json::json!({"Fn::FindInMap": ["Drain", "Worker", "StopTimeoutSeconds"]});
    let drain_ref = serde_json::json!({"Fn::FindInMap": ["Drain", "Worker", "DrainSeconds"]});
    for (id, td) in of_type(&t, "AWS::ECS::TaskDefinition") {
        let c = &td["Properties"]["ContainerDefinitions"][0];
        assert_eq!(c["StopTimeout"], find, "{id}");
        let env: BTreeMap<String, &Value> = environment(c).into_iter().collect();
        assert_eq!(env["FOLIO_DRAIN_SECS"], &drain_ref, "{id}");
    }
}

#[test]
fn alarms_and_log_filters_follow_the_code() {
    let t = template();
    let metrics = read("crates/core/src/metrics.rs");
    let names: BTreeSet<&str> = metrics
        .split('"')
        .filter(|s| s.chars().all(char::is_alphanumeric))
        .collect();
    for (id, alarm) in of_type(&t, "AWS::CloudWatch::Alarm") {
        for m in one_or_many(&alarm["Properties"]["Metrics"]) {
            let Some(expr) = m["Expression"].as_str() else { continue };
            if let Some(rest) = expr.strip_prefix("SELECT MAX(") {
                let metric = rest.split(')').next().unwrap();
                if expr.contains("SCHEMA(\"Folio\", Job)") {
                    assert!(names.contains(metric), "{id}: folio publishes no {metric}");
                    assert!(metrics.contains("DIMENSION_JOB: &str = \"Job\""));
                }
            }
        }
    }
    // Messages waiting with no worker: the tick publishes BacklogSeconds at its ceiling then.
    let backlog = read("crates/core/src/backlog.rs");
    let ceiling: f64 = backlog
        .split("BACKLOG_CEILING_SECS: f64 = ")
        .nth(1)
        .and_then(|s| s.split(';').next())
        .expect("BACKLOG_CEILING_SECS")
        .parse()
        .unwrap();
    let starved = &t["Resources"]["StarvedJobAlarm"]["Properties"];
    assert_eq!(starved["Threshold"].as_f64(), Some(ceiling));
    assert_eq!(starved["ComparisonOperator"], "GreaterThanOrEqualToThreshold");
    // The worker error rate counts these log lines.
    let worker = read("crates/core/src/worker.rs");
    for (id, filter) in of_type(&t, "AWS::Logs::MetricFilter") {
        let pattern = filter["Properties"]["FilterPattern"].as_str().unwrap();
        let phrase = pattern.trim_matches('"');
        assert!(
            worker.contains(&format!("\"{phrase}\")")),
            "{id}: the worker no longer logs \"{phrase}\""
        );
    }
    // The alarm that feeds the provisioner carries no Job dimension: provision handles every job.
    let provision = read("functions/provision/src/lib.rs");
    assert!(provision.contains("an alarm without one provisions every job"));
    let backlog_alarm = &t["Resources"]["BacklogAlarm"]["Properties"];
    assert_eq!(referenced(&backlog_alarm["AlarmActions"][0]), Some("ScaleOutTopic"));
}

#[test]
fn success_events_reach_on_complete_in_partial_batches_with_room_to_retry() {
    let t = template();
    let r = &t["Resources"];
    let queue = &r["SuccessEventsQueue"]["Properties"];
    let function = &r["OnCompleteFunction"]["Properties"];
    let visibility = queue["VisibilityTimeout"].as_u64().unwrap();
    let timeout = function["Timeout"].as_u64().unwrap();
    assert!(
        visibility >= 6 * timeout,
        "AWS advises a visibility of six function timeouts"
    );
    let mapping = &r["OnCompleteEvents"]["Properties"];
    assert_eq!(referenced(&mapping["EventSourceArn"]), Some("SuccessEventsQueue"));
    assert_eq!(referenced(&mapping["FunctionName"]), Some("OnCompleteFunction"));
    assert_eq!(
        mapping["FunctionResponseTypes"],
        serde_json::json!(["ReportBatchItemFailures"])
    );
    assert!(read("functions/on-complete/src/lib.rs").contains("SqsBatchResponse"));
    let filter = &r["Bucket"]["Properties"]["NotificationConfiguration"]["QueueConfigurations"][0];
    assert_eq!(referenced(&filter["Queue"]), Some("SuccessEventsQueue"));
    let rules: Vec<String> = one_or_many(&filter["Filter"]["S3Key"]["Rules"])
        .iter()
        .map(|r| text(&r["Value"]))
        .collect();
    assert_eq!(rules, ["${ArtefactsPrefix}/", "success.json"]);
    assert_eq!(
        text(&function["Environment"]["Variables"]["FOLIO_ARTEFACTS"]),
        "s3://${Bucket}/${ArtefactsPrefix}",
        "on-complete's artefacts are where the notification's prefix points"
    );
}

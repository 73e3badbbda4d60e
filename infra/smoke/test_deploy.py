"""Deploy smoke test: creates infra/template.yaml in moto's CloudFormation and checks what came up.

moto (the emulator the AWS tests use, pinned in scripts/requirements-tools.txt) creates most of
the stack and silently skips some resource types; it also drops some properties of the ones it
creates. The test asserts what moto does build, and fails if moto skips anything beyond the
known list below (so a resource folio needs cannot quietly vanish from the smoke test). What moto
cannot show is left to cfn-lint, checkov and infra/tests/template.rs.

Run by scripts/check-infra:  .venv/bin/python -m unittest discover -s infra/smoke -v
"""

import ast
import io
import json
import os
import socket
import subprocess
import sys
import time
import unittest
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

import boto3
import yaml

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "infra" / "template.yaml"
MOTO = ROOT / ".venv" / "bin" / "moto_server"
ACCOUNT, REGION = "123456789012", "us-east-1"
STACK = "folio"
BUCKET = f"folio-{ACCOUNT}-{REGION}"
FUNCTIONS = {
    "enqueue": "folio-enqueue",
    "on-complete": "folio-on-complete",
    "backlog": "folio-backlog",
    "provision": "folio-provision",
}
CODE_BUCKET, CODE_PREFIX = "folio-code", "lambda/test"

# Resource types moto 5.2.5's CloudFormation accepts but does not create (measured: the stack
# reaches CREATE_COMPLETE and list_stack_resources has no entry for them). Each is checked
# elsewhere: cfn-lint and checkov read them, and the S3 → SQS path is set up by hand below.
MOTO_SKIPS = {
    "AWS::CloudWatch::Alarm",
    "AWS::ECS::CapacityProvider",
    "AWS::ECS::ClusterCapacityProviderAssociations",
    "AWS::Lambda::EventInvokeConfig",
    "AWS::Logs::MetricFilter",
    "AWS::S3::BucketPolicy",
    "AWS::SNS::Subscription",
    "AWS::SQS::QueuePolicy",
}
# Properties moto accepts and drops (so they are not asserted here): the bucket's
# PublicAccessBlockConfiguration, LifecycleConfiguration, OwnershipControls and
# NotificationConfiguration; a function's Architectures and KmsKeyArn; a log group's KmsKeyId; a
# task definition's NetworkMode, RequiresCompatibilities, Cpu, EphemeralStorage, TaskRoleArn and
# ExecutionRoleArn; the cluster's containerInsights setting; ECR's scanning and encryption
# settings.
#
# Not deployable in moto at all: the stack with a created database. moto creates no
# AWS::SecretsManager::Secret from CloudFormation (its Ref is empty, so the IAM policies naming
# the secret are refused as MalformedPolicyDocument), and an RDS instance whose
# DBParameterGroupName is a Ref fails inside moto (AttributeError). Those resources are covered
# by cfn-lint, checkov and infra/tests/template.rs only.


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Loader(yaml.SafeLoader):
    """Reads CloudFormation YAML: each short-form tag becomes {"Fn::X": …} or {"Ref": …}."""


def _tag(loader, suffix, node):
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    if suffix == "Ref":
        return {"Ref": value}
    if suffix == "GetAtt" and isinstance(value, str):
        value = value.split(".", 1)
    return {f"Fn::{suffix}": value}


_Loader.add_multi_constructor("!", _tag)


def load_template():
    return yaml.load(TEMPLATE.read_text(), Loader=_Loader)


def conditions_for(template, params):
    """Evaluates the template's Conditions (Equals, Not, Ref to parameters) for `params`."""
    values = {k: str(v.get("Default", "")) for k, v in template["Parameters"].items()}
    values.update(params)

    def ev(expr):
        if isinstance(expr, dict):
            (fn, arg), = expr.items()
            if fn == "Ref":
                return values[arg]
            if fn == "Fn::Equals":
                return ev(arg[0]) == ev(arg[1])
            if fn == "Fn::Not":
                return not ev(arg[0])
            raise AssertionError(f"the smoke test cannot evaluate {fn} in Conditions")
        return str(expr)

    return {name: ev(expr) for name, expr in template["Conditions"].items()}


class DeploySmokeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not MOTO.exists():
            raise unittest.SkipTest(f"{MOTO} is missing: run scripts/python-tools")
        cls.port = free_port()
        cls.log = open(ROOT / "target" / "moto-infra-smoke.log", "w") if (ROOT / "target").is_dir() else subprocess.DEVNULL
        cls.server = subprocess.Popen(
            [str(MOTO), "-H", "127.0.0.1", "-p", str(cls.port)], stdout=cls.log, stderr=subprocess.STDOUT
        )
        cls.endpoint = f"http://127.0.0.1:{cls.port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(cls.endpoint + "/moto-api/", timeout=1).read()
                break
            except OSError:
                if time.monotonic() > deadline or cls.server.poll() is not None:
                    cls.server.kill()
                    raise
                time.sleep(0.1)
        cls.template = load_template()

    @classmethod
    def tearDownClass(cls):
        cls.server.terminate()
        cls.server.wait(timeout=10)
        if cls.log is not subprocess.DEVNULL:
            cls.log.close()

    def client(self, service):
        return boto3.client(
            service,
            endpoint_url=self.endpoint,
            region_name=REGION,
            aws_access_key_id="test",
            aws_secret_access_key="test",
        )

    def setUp(self):
        urllib.request.urlopen(
            urllib.request.Request(self.endpoint + "/moto-api/reset", method="POST"), timeout=10
        ).read()
        ec2 = self.client("ec2")
        vpc = ec2.describe_vpcs(Filters=[{"Name": "isDefault", "Values": ["true"]}])["Vpcs"][0]["VpcId"]
        subnets = ec2.describe_subnets(Filters=[{"Name": "vpc-id", "Values": [vpc]}])["Subnets"]
        self.vpc, self.subnets = vpc, sorted(s["SubnetId"] for s in subnets)[:2]
        # The zips the functions name, at the keys `cargo lambda build --output-format zip` lays out.
        s3 = self.client("s3")
        s3.create_bucket(Bucket=CODE_BUCKET)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("bootstrap", "#!/bin/sh\nexit 1\n")
        for binary in FUNCTIONS.values():
            s3.put_object(Bucket=CODE_BUCKET, Key=f"{CODE_PREFIX}/{binary}/bootstrap.zip", Body=buf.getvalue())
        # An existing database's URL: moto cannot deploy the variant that creates one (see above).
        self.db_secret = self.client("secretsmanager").create_secret(
            Name="folio/database-url", SecretString="postgres://folio:secret@db.internal:5432/folio?sslmode=require"
        )["ARN"]

    def deploy(self, **overrides):
        params = {
            "VpcId": self.vpc,
            "SubnetIds": ",".join(self.subnets),
            "DatabaseUrlSecretArn": self.db_secret,
            "LambdaCodeBucket": CODE_BUCKET,
            "LambdaCodePrefix": CODE_PREFIX,
            "WorkerImageTag": "cpu-test",
        }
        params.update(overrides)
        cfn = self.client("cloudformation")
        self.stack_id = cfn.create_stack(
            StackName=STACK,
            TemplateBody=TEMPLATE.read_text(),
            Parameters=[{"ParameterKey": k, "ParameterValue": v} for k, v in params.items()],
            Capabilities=["CAPABILITY_IAM"],
        )["StackId"]
        stack = self.wait(cfn, self.stack_id)
        self.assertEqual(stack["StackStatus"], "CREATE_COMPLETE", stack.get("StackStatusReason"))
        self.outputs = {o["OutputKey"]: o["OutputValue"] for o in stack.get("Outputs", [])}
        present = {
            r["LogicalResourceId"]: r
            for r in cfn.list_stack_resources(StackName=STACK)["StackResourceSummaries"]
            if r["LogicalResourceId"]
        }
        self.present = present
        conditions = conditions_for(self.template, params)
        expected = {
            name: res["Type"]
            for name, res in self.template["Resources"].items()
            if conditions.get(res.get("Condition"), True)
        }
        skipped = {name: kind for name, kind in expected.items() if name not in present}
        unexpected = {name: kind for name, kind in skipped.items() if kind not in MOTO_SKIPS}
        self.assertEqual(unexpected, {}, "moto did not create these (not a known moto skip)")
        print(
            f"\n  moto created {len(present)} of {len(expected)} resources; skipped by moto: "
            + ", ".join(sorted(f"{n} ({k})" for n, k in skipped.items())),
            file=sys.stderr,
        )
        return params

    @staticmethod
    def wait(cfn, stack_id):
        """The stack once it has settled. By id: a deleted stack is no longer found by name."""
        deadline = time.monotonic() + 120
        while True:
            stack = cfn.describe_stacks(StackName=stack_id)["Stacks"][0]
            if not stack["StackStatus"].endswith("_IN_PROGRESS") or time.monotonic() > deadline:
                return stack
            time.sleep(0.5)

    def function(self, short):
        return self.client("lambda").get_function(FunctionName=f"{STACK}-{short}")

    def physical_id(self, logical_id):
        """A resource's physical id (moto answers list_stack_resources, not describe_stack_resource)."""
        return self.present[logical_id]["PhysicalResourceId"]

    def role_policies(self, role_name):
        """The inline policy documents of a role, by policy name."""
        iam = self.client("iam")
        out = {}
        for name in iam.list_role_policies(RoleName=role_name)["PolicyNames"]:
            doc = iam.get_role_policy(RoleName=role_name, PolicyName=name)["PolicyDocument"]
            if isinstance(doc, str):
                # botocore decodes the document AWS sends; moto 5.2.5 stores a policy that
                # CloudFormation created as the Python repr of its dict, and sends that.
                try:
                    doc = json.loads(urllib.parse.unquote(doc))
                except ValueError:
                    doc = ast.literal_eval(doc)
            out[name] = doc
        return out

    def assert_reads_only_the_database_secret(self, role, who):
        """The role (a name or an ARN) may read the database secret, and kms:Decrypt only through
        Secrets Manager."""
        statements = [
            s
            for doc in self.role_policies(role.rsplit("/", 1)[-1]).values()
            for s in (doc["Statement"] if isinstance(doc["Statement"], list) else [doc["Statement"]])
        ]

        def granting(action):
            return [s for s in statements if action in ([s["Action"]] if isinstance(s["Action"], str) else s["Action"])]

        (read,) = granting("secretsmanager:GetSecretValue")
        self.assertEqual(read["Resource"], self.db_secret, who)
        (decrypt,) = granting("kms:Decrypt")
        condition = decrypt["Condition"]["StringEquals"]
        self.assertEqual(condition["kms:ViaService"], f"secretsmanager.{REGION}.amazonaws.com", who)
        self.assertEqual(condition["kms:EncryptionContext:SecretARN"], self.db_secret, who)

    # ------------------------------------------------------------------------------------------

    def test_cpu_stack_comes_up_wired_and_tears_down(self):
        self.deploy()

        # The bucket, encrypted.
        s3 = self.client("s3")
        rules = s3.get_bucket_encryption(Bucket=BUCKET)["ServerSideEncryptionConfiguration"]["Rules"]
        self.assertEqual(rules[0]["ApplyServerSideEncryptionByDefault"]["SSEAlgorithm"], "AES256")

        # The success.json queue and its dead-letter queue, with the redrive the template sets.
        sqs = self.client("sqs")
        events_url = sqs.get_queue_url(QueueName=f"{STACK}-success-events")["QueueUrl"]
        dead_url = sqs.get_queue_url(QueueName=f"{STACK}-success-events-dead")["QueueUrl"]
        attrs = sqs.get_queue_attributes(QueueUrl=events_url, AttributeNames=["All"])["Attributes"]
        dead_arn = sqs.get_queue_attributes(QueueUrl=dead_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        redrive = json.loads(attrs["RedrivePolicy"])
        self.assertEqual((redrive["deadLetterTargetArn"], int(redrive["maxReceiveCount"])), (dead_arn, 5))
        self.assertEqual(attrs["VisibilityTimeout"], "360")
        self.assertEqual(attrs["SqsManagedSseEnabled"], "true")

        # The four functions: the cargo lambda zips, bootstrap on provided.al2023, in the VPC.
        for short, binary in FUNCTIONS.items():
            f = self.function(short)
            cfg = f["Configuration"]
            self.assertEqual((cfg["Runtime"], cfg["Handler"]), ("provided.al2023", "bootstrap"), short)
            self.assertEqual(sorted(cfg["VpcConfig"]["SubnetIds"]), self.subnets, short)
            env = cfg["Environment"]["Variables"]
            # The secret's ARN, read at start; never the URL (it holds the password).
            self.assertEqual(env["FOLIO_DATABASE_SECRET_ARN"], self.db_secret, short)
            self.assertNotIn("FOLIO_DATABASE_URL", env, short)
            self.assert_reads_only_the_database_secret(cfg["Role"], short)
            self.assertEqual(env["FOLIO_LOG_FORMAT"], "json", short)
            self.assertIn("ReservedConcurrentExecutions", f["Concurrency"], short)
        self.assertEqual(self.function("on-complete")["Concurrency"]["ReservedConcurrentExecutions"], 5)
        self.assertEqual(self.function("backlog")["Concurrency"]["ReservedConcurrentExecutions"], 1)
        self.assertEqual(
            self.function("on-complete")["Configuration"]["Environment"]["Variables"]["FOLIO_ARTEFACTS"],
            f"s3://{BUCKET}/runs",
        )

        # on-complete reads the queue in batches and answers with partial failures.
        (mapping,) = self.client("lambda").list_event_source_mappings(FunctionName=f"{STACK}-on-complete")[
            "EventSourceMappings"
        ]
        self.assertTrue(mapping["EventSourceArn"].endswith(f":{STACK}-success-events"))
        self.assertEqual(mapping["BatchSize"], 10)
        self.assertEqual(mapping["FunctionResponseTypes"], ["ReportBatchItemFailures"])

        # backlog every minute.
        events = self.client("events")
        (rule,) = events.list_rules()["Rules"]
        self.assertEqual(rule["ScheduleExpression"], "rate(1 minute)")
        (target,) = events.list_targets_by_rule(Rule=rule["Name"])["Targets"]
        self.assertTrue(target["Arn"].endswith(f":function:{STACK}-backlog"))

        # The cluster and the CPU task definition: drain, health, the secret's ARN, read-only root.
        ecs = self.client("ecs")
        (cluster,) = ecs.describe_clusters(clusters=[STACK])["clusters"]
        self.assertEqual(cluster["status"], "ACTIVE")
        td = ecs.describe_task_definition(taskDefinition=f"{STACK}-fleet-worker-cpu")["taskDefinition"]
        (container,) = td["containerDefinitions"]
        self.assertEqual(container["name"], "fleet-worker")
        worker_env = {e["name"]: e["value"] for e in container["environment"]}
        self.assertEqual(worker_env["FOLIO_ARTEFACTS"], f"s3://{BUCKET}/runs")
        self.assertEqual(worker_env["FOLIO_IMAGES"], f"s3://{BUCKET}/images")
        self.assertGreaterEqual(container["stopTimeout"], int(worker_env["FOLIO_DRAIN_SECS"]) + 15)
        self.assertEqual(worker_env["FOLIO_DATABASE_SECRET_ARN"], self.db_secret)
        self.assertNotIn("FOLIO_DATABASE_URL", worker_env)
        self.assertEqual(container.get("secrets", []), [], "the worker reads the secret itself")
        # moto drops the task definition's role ARNs: the roles are found through the stack.
        self.assert_reads_only_the_database_secret(self.physical_id("WorkerTaskRole"), "worker task role")
        execution = self.role_policies(self.physical_id("WorkerExecutionRole"))
        self.assertNotIn("secretsmanager:", json.dumps(execution))
        self.assertNotIn("kms:", json.dumps(execution))
        self.assertTrue(container["readonlyRootFilesystem"])
        self.assertEqual(container["user"], "10001")
        self.assertEqual(container["healthCheck"]["command"][0], "CMD-SHELL")
        self.assertTrue(container["image"].endswith("/folio/fleet-worker:cpu-test"))

        # The provisioners' ECS settings launch a worker as folio's launcher would: the task
        # definition, the container override by name, awsvpc networking on the stack's subnets.
        for short in ("backlog", "provision"):
            env = self.function(short)["Configuration"]["Environment"]["Variables"]
            self.assertEqual(env["FOLIO_ECS_CLUSTER"], STACK)
            self.assertEqual(env["FOLIO_ECS_TASK_DEFINITION"], td["taskDefinitionArn"])
            self.assertEqual(env["FOLIO_ECS_CAPACITY"], "FARGATE_SPOT:1")
            self.assertEqual(env["FOLIO_ECS_SUBNETS"].split(","), self.subnets)
        run = ecs.run_task(
            cluster=env["FOLIO_ECS_CLUSTER"],
            taskDefinition=env["FOLIO_ECS_TASK_DEFINITION"],
            capacityProviderStrategy=[{"capacityProvider": "FARGATE_SPOT", "weight": 1}],
            networkConfiguration={
                "awsvpcConfiguration": {
                    "subnets": env["FOLIO_ECS_SUBNETS"].split(","),
                    "securityGroups": [env["FOLIO_ECS_SECURITY_GROUPS"]],
                    "assignPublicIp": "DISABLED",
                }
            },
            overrides={
                "containerOverrides": [
                    {"name": env["FOLIO_ECS_CONTAINER"], "environment": [{"name": "FOLIO_JOB", "value": "ocr"}]}
                ]
            },
            startedBy="folio:ocr",
        )
        self.assertEqual(run["failures"], [])
        self.assertEqual(len(run["tasks"]), 1)

        # Log groups keep logs for LogRetentionDays; the dashboard and the topics exist.
        groups = {
            g["logGroupName"]: g.get("retentionInDays")
            for g in self.client("logs").describe_log_groups()["logGroups"]
        }
        wanted = [f"/aws/lambda/{STACK}-{short}" for short in FUNCTIONS] + [f"/folio/{STACK}/fleet-worker"]
        self.assertEqual({g: groups.get(g) for g in wanted}, {g: 30 for g in wanted})
        body = self.client("cloudwatch").get_dashboard(DashboardName=f"{STACK}-campaign")["DashboardBody"]
        self.assertGreaterEqual(len(json.loads(body)["widgets"]), 8)
        topics = {t["TopicArn"].rsplit(":", 1)[1] for t in self.client("sns").list_topics()["Topics"]}
        self.assertTrue({f"{STACK}-scale-out", f"{STACK}-operators"} <= topics)
        self.assertEqual(
            self.client("ecr").describe_repositories()["repositories"][0]["imageTagMutability"], "IMMUTABLE"
        )

        # S3 → SQS: moto ignores the bucket's NotificationConfiguration, so set the template's own
        # configuration through the API; then only an attempt's success.json under the
        # artefacts prefix reaches on-complete's queue.
        notification = self.template["Resources"]["Bucket"]["Properties"]["NotificationConfiguration"]
        (queue_cfg,) = notification["QueueConfigurations"]
        filter_rules = [
            {"Name": r["Name"], "Value": r["Value"]["Fn::Sub"].replace("${ArtefactsPrefix}", "runs")}
            if isinstance(r["Value"], dict)
            else r
            for r in queue_cfg["Filter"]["S3Key"]["Rules"]
        ]
        s3.put_bucket_notification_configuration(
            Bucket=BUCKET,
            NotificationConfiguration={
                "QueueConfigurations": [
                    {
                        "QueueArn": attrs["QueueArn"],
                        "Events": [queue_cfg["Event"]],
                        "Filter": {"Key": {"FilterRules": filter_rules}},
                    }
                ]
            },
        )
        success = "runs/ocr/W1/I1/e1/a1/success.json"
        for key in (success, "runs/ocr/W1/I1/e1/a1/page-0001.txt", "images/W1/I1/success.json"):
            s3.put_object(Bucket=BUCKET, Key=key, Body=b"{}")
        keys = []
        for _ in range(5):
            for m in sqs.receive_message(QueueUrl=events_url, MaxNumberOfMessages=10, WaitTimeSeconds=1).get(
                "Messages", []
            ):
                body = json.loads(m["Body"])
                keys += [urllib.request.unquote(r["s3"]["object"]["key"]) for r in body.get("Records", [])]
                sqs.delete_message(QueueUrl=events_url, ReceiptHandle=m["ReceiptHandle"])
        self.assertEqual(keys, [success])

        # Tear down: the functions, queues and cluster go; the bucket is retained (DeletionPolicy).
        cfn = self.client("cloudformation")
        cfn.delete_stack(StackName=STACK)
        deleted = self.wait(cfn, self.stack_id)
        self.assertEqual(deleted["StackStatus"], "DELETE_COMPLETE")
        names = {f["FunctionName"] for f in self.client("lambda").list_functions()["Functions"]}
        self.assertEqual(names & {f"{STACK}-{s}" for s in FUNCTIONS}, set())
        self.assertEqual(
            [u for u in sqs.list_queues().get("QueueUrls", []) if "success-events" in u], []
        )
        self.assertIn(BUCKET, {b["Name"] for b in s3.list_buckets()["Buckets"]})

    def test_gpu_profile_adds_the_gpu_fleet_and_points_the_provisioner_at_it(self):
        self.deploy(EnableGpu="true", WorkerProfile="gpu", GpuWorkerImageTag="gpu-test", GpuMaxInstances="3")
        ecs = self.client("ecs")
        td = ecs.describe_task_definition(taskDefinition=f"{STACK}-fleet-worker-gpu")["taskDefinition"]
        (container,) = td["containerDefinitions"]
        self.assertEqual(container["resourceRequirements"], [{"value": "1", "type": "GPU"}])
        worker_env = {e["name"]: e["value"] for e in container["environment"]}
        self.assertEqual(worker_env["FOLIO_DATABASE_SECRET_ARN"], self.db_secret)
        self.assertEqual(container.get("secrets", []), [])
        self.assertTrue(container["image"].endswith("/folio/fleet-worker:gpu-test"))
        (group,) = self.client("autoscaling").describe_auto_scaling_groups()["AutoScalingGroups"]
        self.assertEqual((group["MinSize"], group["MaxSize"]), (0, 3))
        self.assertTrue(group["NewInstancesProtectedFromScaleIn"])
        (template,) = self.client("ec2").describe_launch_templates()["LaunchTemplates"]
        data = self.client("ec2").describe_launch_template_versions(LaunchTemplateId=template["LaunchTemplateId"])[
            "LaunchTemplateVersions"
        ][0]["LaunchTemplateData"]
        self.assertEqual(data["MetadataOptions"]["HttpTokens"], "required")
        # GPU workers run in bridge mode on their instances: no awsvpc settings for RunTask.
        env = self.function("provision")["Configuration"]["Environment"]["Variables"]
        self.assertEqual(env["FOLIO_ECS_TASK_DEFINITION"], td["taskDefinitionArn"])
        # The GPU capacity provider's name (`!Ref GpuCapacityProvider`, "folio-gpu" on AWS). moto
        # skips capacity providers, so it leaves that reference unresolved.
        self.assertIn(env["FOLIO_ECS_CAPACITY"], {f"{STACK}-gpu:1", "${GpuCapacityProvider}:1"})
        self.assertNotIn("FOLIO_ECS_SUBNETS", env)
        self.assertNotIn("FOLIO_ECS_SECURITY_GROUPS", env)


if __name__ == "__main__":
    unittest.main()

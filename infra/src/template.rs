//! The CloudFormation template as JSON values. YAML's short-form tags become the long form
//! CloudFormation defines (`!Ref X` is `{"Ref": "X"}`, `!GetAtt A.B` is `{"Fn::GetAtt": ["A",
//! "B"]}`, `!Sub s` is `{"Fn::Sub": s}`), so the tests match one shape.

use serde_json::{Map, Value};
use serde_yaml::Value as Yaml;

/// Parses CloudFormation YAML.
pub fn parse(text: &str) -> Value {
    let yaml: Yaml = serde_yaml::from_str(text).expect("the template is YAML");
    to_json(yaml)
}

fn to_json(yaml: Yaml) -> Value {
    match yaml {
        Yaml::Null => Value::Null,
        Yaml::Bool(b) => Value::Bool(b),
        Yaml::Number(n) => serde_json::to_value(&n).expect("a YAML number is a JSON number"),
        Yaml::String(s) => Value::String(s),
        Yaml::Sequence(items) => Value::Array(items.into_iter().map(to_json).collect()),
        Yaml::Mapping(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| {
                    let key = match k {
                        Yaml::String(s) => s,
                        other => serde_yaml::to_string(&other).expect("a key").trim().to_owned(),
                    };
                    (key, to_json(v))
                })
                .collect(),
        ),
        Yaml::Tagged(tagged) => {
            let name = tagged.tag.to_string();
            let name = name.trim_start_matches('!');
            let value = to_json(tagged.value);
            let (key, value) = match (name, value) {
                ("Ref", v) => ("Ref".to_owned(), v),
                ("GetAtt", Value::String(s)) => {
                    let parts = s.splitn(2, '.').map(|p| Value::String(p.to_owned())).collect();
                    ("Fn::GetAtt".to_owned(), Value::Array(parts))
                }
                (other, v) => (format!("Fn::{other}"), v),
            };
            let mut map = Map::new();
            map.insert(key, value);
            Value::Object(map)
        }
    }
}

/// The template's resources: logical id and definition.
pub fn resources(template: &Value) -> impl Iterator<Item = (&String, &Value)> {
    template["Resources"].as_object().expect("Resources").iter()
}

/// The resources of one type.
pub fn of_type<'a>(template: &'a Value, kind: &'a str) -> impl Iterator<Item = (&'a String, &'a Value)> + 'a {
    resources(template).filter(move |(_, r)| r["Type"] == kind)
}

/// The logical id a `!GetAtt X.Arn` or `!Ref X` names.
pub fn referenced(value: &Value) -> Option<&str> {
    value
        .get("Fn::GetAtt")
        .and_then(|v| v.get(0))
        .or_else(|| value.get("Ref"))
        .and_then(Value::as_str)
}

/// A value as text for matching: a plain string, the template of a `!Sub`, or each branch of
/// an `!If` joined by `|`.
pub fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Object(map) => {
            if let Some(sub) = map.get("Fn::Sub") {
                match sub {
                    Value::Array(parts) => text(&parts[0]),
                    other => text(other),
                }
            } else if let Some(Value::Array(branches)) = map.get("Fn::If") {
                branches[1..].iter().map(text).collect::<Vec<_>>().join("|")
            } else if let Some(name) = referenced(value) {
                format!("${{{name}}}")
            } else {
                value.to_string()
            }
        }
        other => other.to_string(),
    }
}

/// One or many: a string or an array of them (IAM's Action and Resource).
pub fn one_or_many(value: &Value) -> Vec<&Value> {
    match value {
        Value::Array(items) => items.iter().collect(),
        Value::Null => Vec::new(),
        other => vec![other],
    }
}

/// The `Environment` of a Lambda function or a container definition, name to value.
pub fn environment(resource_or_container: &Value) -> Vec<(String, &Value)> {
    let lambda = &resource_or_container["Properties"]["Environment"]["Variables"];
    if let Some(vars) = lambda.as_object() {
        return vars.iter().map(|(k, v)| (k.clone(), v)).collect();
    }
    let mut out = Vec::new();
    for key in ["Environment", "Secrets"] {
        for entry in one_or_many(&resource_or_container[key]) {
            let name = entry["Name"].as_str().expect("an environment entry's Name").to_owned();
            let value = entry.get("Value").or_else(|| entry.get("ValueFrom")).expect("a value");
            out.push((name, value));
        }
    }
    out
}

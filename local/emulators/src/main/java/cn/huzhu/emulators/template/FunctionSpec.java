package cn.huzhu.emulators.template;

import static cn.huzhu.emulators.template.SamTemplate.list;
import static cn.huzhu.emulators.template.SamTemplate.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One AWS::Serverless::Function with Globals applied: handler, code, environment, HTTP routes, S3 triggers. */
public record FunctionSpec(String logicalId, String handlerClass, String codeUri, Map<String, Object> environment,
        List<Route> routes, List<S3Trigger> s3Triggers, Map<String, Object> properties) {

    /** An HttpApi event. {@code routeKey} as API Gateway names it: "GET /api/enrollments/{id}". */
    public record Route(String eventName, String method, String path, boolean authorized) {
        public String routeKey() {
            return method + " " + path;
        }
    }

    /** An S3 event: the bucket (as written, usually {"Ref": id}), the events and the key prefix. */
    public record S3Trigger(String eventName, Object bucket, String events, String prefix) {
    }

    static FunctionSpec of(String logicalId, SamTemplate template) {
        Map<String, Object> properties = new LinkedHashMap<>(template.globalFunction());
        properties.putAll(template.properties(logicalId));
        Map<String, Object> environment = new LinkedHashMap<>(
                map(map(template.globalFunction().get("Environment")).get("Variables")));
        environment.putAll(map(map(template.properties(logicalId).get("Environment")).get("Variables")));
        String handler = String.valueOf(properties.get("Handler"));
        List<Route> routes = new ArrayList<>();
        List<S3Trigger> triggers = new ArrayList<>();
        map(properties.get("Events")).forEach((name, value) -> {
            Map<String, Object> event = map(value);
            Map<String, Object> props = map(event.get("Properties"));
            if ("HttpApi".equals(event.get("Type"))) {
                boolean none = "NONE".equals(map(props.get("Auth")).get("Authorizer"));
                routes.add(new Route(name, String.valueOf(props.get("Method")).toUpperCase(), String.valueOf(props.get("Path")),
                        !none));
            } else if ("S3".equals(event.get("Type"))) {
                String prefix = list(map(map(props.get("Filter")).get("S3Key")).get("Rules")).stream()
                        .map(SamTemplate::map).filter(rule -> "prefix".equals(rule.get("Name")))
                        .map(rule -> String.valueOf(rule.get("Value"))).findFirst().orElse("");
                triggers.add(new S3Trigger(name, props.get("Bucket"), String.valueOf(props.get("Events")), prefix));
            }
        });
        return new FunctionSpec(logicalId, handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler,
                String.valueOf(properties.get("CodeUri")), environment, routes, triggers, properties);
    }

    /** The names of this function's Schedule events (run daily by the local runtime, by EventBridge on AWS). */
    public List<String> schedules() {
        List<String> names = new ArrayList<>();
        map(properties.get("Events")).forEach((name, value) -> {
            if ("Schedule".equals(map(value).get("Type"))) {
                names.add(name);
            }
        });
        return names;
    }

    /** The Maven module that builds this function: CodeUri functions/auth/target/auth.jar → functions/auth. */
    public String module() {
        int target = codeUri.indexOf("/target/");
        return target < 0 ? codeUri : codeUri.substring(0, target);
    }

    /** Whether SnapStart is on where the template lets it be (a switch of !If [condition, on, NoValue] counts). */
    public boolean snapStart() {
        Map<String, Object> snapStart = map(properties.get("SnapStart"));
        if (snapStart.containsKey("Fn::If")) {
            snapStart = map(list(snapStart.get("Fn::If")).get(1));
        }
        return "PublishedVersions".equals(snapStart.get("ApplyOn"));
    }

    /** The SnapStart switch's condition, when SnapStart is switchable. */
    public String snapStartCondition() {
        Map<String, Object> snapStart = map(properties.get("SnapStart"));
        return snapStart.containsKey("Fn::If") ? String.valueOf(list(snapStart.get("Fn::If")).get(0)) : null;
    }
}

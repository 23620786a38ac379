package cn.huzhu.emulators.template;

import static cn.huzhu.emulators.template.SamTemplate.list;
import static cn.huzhu.emulators.template.SamTemplate.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates Ref, Fn::Sub, Fn::GetAtt and Fn::If (with the template's Conditions) the way CloudFormation would for a
 * local stack: pseudo parameters, the parameter values given, and physical names for the resources (the stack name and
 * the logical id, unless the template names the resource itself). A value that is AWS::NoValue resolves to null.
 */
public final class Intrinsics {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");

    private final SamTemplate template;
    private final String stackName;
    private final String region;
    private final String accountId;
    private final Map<String, String> parameters;

    public Intrinsics(SamTemplate template, String stackName, String region, String accountId,
            Map<String, String> parameterValues) {
        this.template = template;
        this.stackName = stackName;
        this.region = region;
        this.accountId = accountId;
        this.parameters = new LinkedHashMap<>();
        template.parameters().forEach((name, spec) -> {
            Object fallback = map(spec).get("Default");
            parameters.put(name, parameterValues.getOrDefault(name, fallback == null ? null : String.valueOf(fallback)));
        });
        parameterValues.forEach(parameters::putIfAbsent);
    }

    public String resolve(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        Map<String, Object> function = map(value);
        if (function.containsKey("Fn::If")) {
            List<Object> parts = list(function.get("Fn::If"));
            return resolve(condition(String.valueOf(parts.get(0))) ? parts.get(1) : parts.get(2));
        }
        if ("AWS::NoValue".equals(function.get("Ref"))) {
            return null;
        }
        if (function.containsKey("Ref")) {
            return ref(String.valueOf(function.get("Ref")));
        }
        if (function.containsKey("Fn::Sub")) {
            return sub(function.get("Fn::Sub"));
        }
        if (function.containsKey("Fn::GetAtt")) {
            List<Object> parts = list(function.get("Fn::GetAtt"));
            return getAtt(String.valueOf(parts.get(0)), String.valueOf(parts.get(1)));
        }
        throw new IllegalArgumentException("cannot evaluate " + value + " locally");
    }

    /** Every value resolved; those that are AWS::NoValue are left out, as CloudFormation leaves them out. */
    public Map<String, String> resolveAll(Map<String, Object> values) {
        Map<String, String> resolved = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            String text = resolve(value);
            if (text != null) {
                resolved.put(name, text);
            }
        });
        return resolved;
    }

    /**
     * What the template's Rules refuse of these parameters, as CloudFormation refuses a stack before creating
     * anything: the AssertDescription of every assertion that fails where its rule applies.
     */
    public List<String> ruleViolations() {
        List<String> violations = new java.util.ArrayList<>();
        Object rules = template.raw().get("Rules");
        if (rules == null) {
            return violations;
        }
        map(rules).forEach((name, value) -> {
            Map<String, Object> rule = map(value);
            if (rule.containsKey("RuleCondition") && !truth(rule.get("RuleCondition"))) {
                return;
            }
            for (Object assertion : list(rule.get("Assertions"))) {
                if (!truth(map(assertion).get("Assert"))) {
                    violations.add(name + ": " + String.valueOf(map(assertion).get("AssertDescription")).trim());
                }
            }
        });
        return violations;
    }

    /** A condition of the template's Conditions section. */
    public boolean condition(String name) {
        Object definition = template.conditions().get(name);
        if (definition == null) {
            throw new IllegalArgumentException("condition " + name + " is not in template.yaml");
        }
        return truth(definition);
    }

    private boolean truth(Object expression) {
        Map<String, Object> function = map(expression);
        if (function.containsKey("Condition")) {
            return condition(String.valueOf(function.get("Condition")));
        }
        if (function.containsKey("Fn::Equals")) {
            List<Object> sides = list(function.get("Fn::Equals"));
            return java.util.Objects.equals(resolve(sides.get(0)), resolve(sides.get(1)));
        }
        if (function.containsKey("Fn::Not")) {
            return !truth(list(function.get("Fn::Not")).get(0));
        }
        if (function.containsKey("Fn::Or")) {
            return list(function.get("Fn::Or")).stream().anyMatch(this::truth);
        }
        if (function.containsKey("Fn::And")) {
            return list(function.get("Fn::And")).stream().allMatch(this::truth);
        }
        throw new IllegalArgumentException("cannot evaluate condition " + expression + " locally");
    }

    public String ref(String name) {
        switch (name) {
            case "AWS::StackName":
                return stackName;
            case "AWS::Region":
                return region;
            case "AWS::AccountId":
                return accountId;
            case "AWS::Partition":
                return "aws";
            case "AWS::URLSuffix":
                return "amazonaws.com";
            default:
                break;
        }
        if (parameters.containsKey(name)) {
            String value = parameters.get(name);
            if (value == null) {
                throw new IllegalArgumentException("parameter " + name + " has no value");
            }
            return value;
        }
        if (template.resources().containsKey(name)) {
            String type = String.valueOf(map(template.resources().get(name)).get("Type"));
            // CloudFormation's Ref of a secret is its ARN; of everything else here, its name
            return type.equals("AWS::SecretsManager::Secret") ? secretArn(physicalName(name)) : physicalName(name);
        }
        throw new IllegalArgumentException("!Ref " + name + " names nothing in template.yaml");
    }

    private String sub(Object argument) {
        String text;
        Map<String, Object> variables = Map.of();
        if (argument instanceof String s) {
            text = s;
        } else {
            List<Object> parts = list(argument);
            text = String.valueOf(parts.get(0));
            variables = map(parts.get(1));
        }
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        Map<String, Object> given = variables;
        while (matcher.find()) {
            String name = matcher.group(1);
            String value;
            if (given.containsKey(name)) {
                value = resolve(given.get(name));
            } else if (name.contains(".")) {
                value = getAtt(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1));
            } else {
                value = ref(name);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String getAtt(String resource, String attribute) {
        if (!template.resources().containsKey(resource)) {
            throw new IllegalArgumentException("!GetAtt " + resource + "." + attribute + " names no resource");
        }
        String type = String.valueOf(map(template.resources().get(resource)).get("Type"));
        String name = physicalName(resource);
        if ("Arn".equals(attribute)) {
            return switch (type) {
                case "AWS::DynamoDB::Table" -> "arn:aws:dynamodb:" + region + ":" + accountId + ":table/" + name;
                case "AWS::S3::Bucket" -> "arn:aws:s3:::" + name;
                default -> "arn:aws:local:" + region + ":" + accountId + ":" + resource;
            };
        }
        return name + "." + attribute;
    }

    /** The ARN of a secret of this stack's region and account. */
    public String secretArn(String name) {
        return "arn:aws:secretsmanager:" + region + ":" + accountId + ":secret:" + name;
    }

    /** Whether a resource exists in this deployment: it has no Condition, or its condition holds. */
    public boolean exists(String logicalId) {
        Object condition = map(template.resources().get(logicalId)).get("Condition");
        return condition == null || condition(String.valueOf(condition));
    }

    /** The name a resource gets: its own name property when the template sets one, else stack name + logical id. */
    public String physicalName(String logicalId) {
        Map<String, Object> properties = template.properties(logicalId);
        for (String nameProperty : List.of("TableName", "BucketName", "FunctionName", "Name")) {
            if (properties.containsKey(nameProperty)) {
                return resolve(properties.get(nameProperty));
            }
        }
        String type = String.valueOf(map(template.resources().get(logicalId)).get("Type"));
        String name = stackName + "-" + logicalId;
        return type.equals("AWS::S3::Bucket") ? name.toLowerCase(Locale.ROOT) : name;
    }
}

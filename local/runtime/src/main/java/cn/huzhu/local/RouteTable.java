package cn.huzhu.local;

import static cn.huzhu.emulators.template.SamTemplate.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.huzhu.emulators.template.FunctionSpec;
import cn.huzhu.emulators.template.SamTemplate;

/** The HttpApi routes of template.yaml, matched the way API Gateway does: literal segments win over parameters. */
final class RouteTable {
    record Entry(String functionId, FunctionSpec.Route route, List<String> segments) {
        int parameters() {
            return (int) segments.stream().filter(s -> s.startsWith("{")).count();
        }
    }

    record Match(Entry entry, Map<String, String> pathParameters) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final String authorizerFunction;

    RouteTable(SamTemplate template) {
        for (FunctionSpec function : template.functions()) {
            for (FunctionSpec.Route route : function.routes()) {
                entries.add(new Entry(function.logicalId(), route, segments(route.path())));
            }
        }
        entries.sort(Comparator.comparingInt(Entry::parameters));
        authorizerFunction = authorizer(template);
    }

    /** The function behind the HttpApi's default authorizer ("!Ref XAliaslive" or "!GetAtt X.Arn" → X). */
    private static String authorizer(SamTemplate template) {
        for (String api : template.resourcesOfType("AWS::Serverless::HttpApi")) {
            Map<String, Object> auth = map(template.properties(api).get("Auth"));
            Object name = auth.get("DefaultAuthorizer");
            Map<String, Object> authorizer = map(map(auth.get("Authorizers")).get(String.valueOf(name)));
            Map<String, Object> arn = map(authorizer.get("FunctionArn"));
            String target = arn.containsKey("Ref") ? String.valueOf(arn.get("Ref"))
                    : String.valueOf(SamTemplate.list(arn.get("Fn::GetAtt")).get(0));
            int alias = target.indexOf("Alias");
            return alias > 0 ? target.substring(0, alias) : target;
        }
        return null;
    }

    String authorizerFunction() {
        return authorizerFunction;
    }

    Optional<Match> match(String method, String path) {
        List<String> actual = segments(path);
        for (Entry entry : entries) {
            if (!entry.route().method().equalsIgnoreCase(method) || entry.segments().size() != actual.size()) {
                continue;
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            boolean matches = true;
            for (int i = 0; i < actual.size() && matches; i++) {
                String expected = entry.segments().get(i);
                if (expected.startsWith("{") && expected.endsWith("}")) {
                    parameters.put(expected.substring(1, expected.length() - 1),
                            java.net.URLDecoder.decode(actual.get(i), java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    matches = expected.equals(actual.get(i));
                }
            }
            if (matches) {
                return Optional.of(new Match(entry, parameters));
            }
        }
        return Optional.empty();
    }

    List<Entry> entries() {
        return entries;
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }
}

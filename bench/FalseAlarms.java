import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Summarises a JSON lint report of clean text for bench/false-alarms.sh: error and warning findings per 10 000
 * characters, by rule and in total, then each finding with its place, excerpt and message.
 * Run: java -cp target/reportlint.jar bench/FalseAlarms.java report.json
 */
public class FalseAlarms {
    public static void main(String[] args) throws Exception {
        JsonNode report = new ObjectMapper().readTree(new File(args[0]));
        long chars = report.path("summary").path("characters").asLong();
        int files = report.path("summary").path("files").asInt();
        Map<String, int[]> byRule = new TreeMap<>();
        List<JsonNode> strong = new ArrayList<>();
        for (JsonNode f : report.path("findings")) {
            String severity = f.path("severity").asText();
            if (severity.equals("error") || severity.equals("warning")) {
                strong.add(f);
                byRule.computeIfAbsent(f.path("rule").asText(), k -> new int[2])[severity.equals("error") ? 0 : 1]++;
            }
        }
        double per = chars == 0 ? 0 : 10_000.0 / chars;
        System.out.printf("%d files, %d characters: %d error+warning findings, %.3f per 10k characters%n%n",
                files, chars, strong.size(), strong.size() * per);
        System.out.printf("%-40s %6s %8s %10s%n", "rule", "errors", "warnings", "per 10k");
        byRule.forEach((rule, n) -> System.out.printf("%-40s %6d %8d %10.3f%n", rule, n[0], n[1], (n[0] + n[1]) * per));
        System.out.println();
        for (JsonNode f : strong) {
            System.out.printf("%s:%d:%d: %s [%s] “%s” %s%n", f.path("file").asText(), f.path("line").asInt(),
                    f.path("column").asInt(), f.path("severity").asText(), f.path("rule").asText(),
                    f.path("excerpt").asText(), f.path("message").asText());
        }
        for (JsonNode f : report.path("files")) {
            if (f.hasNonNull("error")) {
                System.out.printf("%s: unreadable: %s%n", f.path("file").asText(f.path("name").asText()), f.path("error").asText());
            }
        }
    }
}

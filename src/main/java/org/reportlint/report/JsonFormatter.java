package org.reportlint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** {@code {"version", "files":[…], "findings":[…], "summary":{…}}}; findings in the one shape of {@link Finding}. */
public final class JsonFormatter implements Formatter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(LintRun run, Appendable out) throws IOException {
        out.append(toJson(run)).append('\n');
    }

    public static String toJson(LintRun run) throws JsonProcessingException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", run.version());
        ArrayNode files = root.putArray("files");
        for (FileReport f : run.files()) {
            ObjectNode n = files.addObject();
            n.put("file", f.file());
            if (f.failed()) {
                n.put("error", f.error());
                continue;
            }
            n.put("encoding", f.encoding());
            n.put("characters", f.characters());
            n.put("lines", f.lines());
            n.put("findings", f.findings().size());
            n.set("catalogue", MAPPER.valueToTree(f.catalogue()));
        }
        root.set("findings", MAPPER.valueToTree(run.findings()));
        root.set("summary", MAPPER.valueToTree(run.summary()));
        return MAPPER.writeValueAsString(root);
    }
}

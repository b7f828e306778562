package org.reportlint.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reportlint.facts.Quantity;
import org.reportlint.facts.QuantityKind;

/**
 * What a 其中 list's labels say about its parts: whether they name all of the total (each part one member of a
 * partition in {@code sum_partitions.tsv}: 出口、进口; 预期性、约束性; or a last part labelled 其他/其余), and which
 * parts counted with another classifier still count the total's things (1000个项目，其中水库7座、设施993个:
 * {@code count_classes.tsv}).
 */
final class PartEvidence {
    private static final String SEGMENT_ENDS = "、，,；;和及";
    private static final List<String> CATCH_ALL = List.of("其他", "其余", "其它", "剩余");

    private final QuantityData data;

    PartEvidence(QuantityData data) {
        this.data = data;
    }

    /**
     * Whether the list {@code [from, to)} names all of its total: split at 、，；和, the segments with a part each
     * name one member of one partition and together all of them, or the last one is a catch-all (其他 5个).
     */
    boolean complete(String t, int from, int to, List<Quantity> parts) {
        List<String> segments = segments(t, from, to, parts);
        if (segments.size() != parts.size() || segments.size() < 2) {
            return false;
        }
        String last = segments.get(segments.size() - 1);
        if (CATCH_ALL.stream().anyMatch(last::contains)) {
            return true;
        }
        for (List<String> members : data.partitions()) {
            if (members.size() == segments.size() && covers(members, segments)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(List<String> members, List<String> segments) {
        Set<String> seen = new HashSet<>();
        for (String s : segments) {
            List<String> in = members.stream().filter(s::contains).toList();
            if (in.size() != 1 || !seen.add(in.get(0))) {
                return false;
            }
        }
        return true;
    }

    /** The text of each stretch of {@code [from, to)} between list marks that holds a part. */
    private static List<String> segments(String t, int from, int to, List<Quantity> parts) {
        List<String> out = new ArrayList<>();
        int s = from;
        for (int i = from; i <= to; i++) {
            if (i == to || SEGMENT_ENDS.indexOf(t.charAt(i)) >= 0) {
                int a = s;
                int b = i;
                if (parts.stream().anyMatch(q -> q.getStart() >= a && q.getEnd() <= b)) {
                    out.add(t.substring(a, b));
                }
                s = i + 1;
            }
        }
        return out;
    }

    /**
     * The column a part joins: its own base unit and kind, or the total's when the total counts generic items (个,
     * 项) and the part counts works (座, 所, 条) that are among them.
     */
    String column(Quantity part, List<Quantity> totals) {
        String own = part.getBaseUnit() + "/" + part.getKind();
        if (part.getKind() != QuantityKind.COUNT || !"work".equals(data.countClass(part.getBaseUnit()))) {
            return own;
        }
        for (Quantity total : totals) {
            if (total.getKind() == QuantityKind.COUNT && "generic".equals(data.countClass(total.getBaseUnit()))) {
                return total.getBaseUnit() + "/" + total.getKind();
            }
        }
        return own;
    }
}

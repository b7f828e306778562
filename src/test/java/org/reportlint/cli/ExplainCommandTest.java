package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExplainCommandTest {
    private static final String RULE = "dup_phrase.adjacent-repeat";

    @Test
    void explainsARuleWithItsHeaderAndExamples() {
        Cli r = Cli.run("explain", RULE);
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.startsWith(RULE + "  (dup_phrase, warning)\n"), out);
        assertTrue(out.contains("message:  “{0}”紧邻重复，疑为多打一遍"), out);
        assertTrue(out.contains("source:   rules/dup_phrase/adjacent-repeat.drl"), out);
        assertTrue(out.contains("\nCatches: "), out);
        assertTrue(out.contains("\nNot flagged: "), out);
        assertTrue(out.contains("\nReference: "), out);
        assertTrue(out.contains("Flagged (src/test/resources/fixtures/" + RULE + "/positive.txt"), out);
        assertTrue(out.contains("  持续优化⟦优化→⟧营商环境"), out);
        assertTrue(out.contains("Not flagged (src/test/resources/fixtures/" + RULE + "/negative.txt):"), out);
    }

    @Test
    void unknownRuleSuggestsTheClosestAndExitsTwo() {
        Cli r = Cli.run("explain", "dup_phrase.adjacent-repet");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown rule 'dup_phrase.adjacent-repet' (did you mean " + RULE + "?)"), r.err());
    }

    @Test
    void aCategoryListsItsRules() {
        Cli r = Cli.run("explain", "dup_phrase");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith(RULE), r.out());
    }
}

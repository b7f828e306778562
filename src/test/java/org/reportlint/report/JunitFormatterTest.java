package org.reportlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitFormatterTest {
    private static Document parse(LintRun run) throws Exception {
        StringBuilder b = new StringBuilder();
        new JunitFormatter().write(run, b);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void oneSuitePerFileOneFailurePerFinding() throws Exception {
        Document d = parse(Runs.hostile());
        Element root = d.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        NodeList suites = d.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength());
        Element first = (Element) suites.item(0);
        assertEquals("a<b>&\"c\".txt", first.getAttribute("name"), "attributes round-trip");
        NodeList failures = first.getElementsByTagName("failure");
        assertEquals(Integer.parseInt(first.getAttribute("failures")), failures.getLength());
        assertEquals(4, failures.getLength());
        boolean evil = false;
        for (int i = 0; i < failures.getLength(); i++) {
            Element f = (Element) failures.item(i);
            evil |= f.getAttribute("message").equals("“<script>”不该出现 & \"quoted\" 'single'")
                    && f.getAttribute("type").equals("error") && f.getTextContent().contains("“<script>”");
        }
        assertTrue(evil, "message, type and body survive escaping");
        assertEquals(1, ((Element) suites.item(1)).getElementsByTagName("error").getLength());
        assertEquals("4", root.getAttribute("failures"));
    }

    @Test
    void cleanFileIsOnePassingTestCase() throws Exception {
        Document d = parse(Runs.of("clean.txt", "干部群众常常深入田间地头。\n"));
        NodeList cases = d.getElementsByTagName("testcase");
        assertEquals(1, cases.getLength());
        assertEquals(0, d.getElementsByTagName("failure").getLength());
    }

    @Test
    void charactersXmlForbidsAreReplaced() {
        assertEquals("a\uFFFDb&lt;", JunitFormatter.text("a\u0001b<"));
    }
}

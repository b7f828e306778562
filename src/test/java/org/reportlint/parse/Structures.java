package org.reportlint.parse;

import java.nio.file.Path;
import org.reportlint.data.DataSet;
import org.reportlint.data.WordDictionary;
import org.reportlint.input.SourceText;

/** Test helpers: the structure of a text, with or without the project's word list. */
final class Structures {
    private static WordDictionary words;

    private Structures() {
    }

    static StructureParser.Structure of(String text) {
        SourceText src = SourceText.of("t.txt", text);
        return new StructureParser(() -> WordDictionary.EMPTY).parse(src, LineScanner.scan(src));
    }

    static StructureParser.Structure withWords(SourceText src) {
        return new StructureParser(Structures::words).parse(src, LineScanner.scan(src));
    }

    static synchronized WordDictionary words() {
        if (words == null) {
            words = DataSet.load(Path.of("rules/data")).words();
        }
        return words;
    }
}

package org.reportlint.parse;

import java.util.List;
import org.reportlint.data.Division;

/**
 * A real division named in the text (full name or short form), with every division the name can stand for.
 *
 * @param paragraph index of the paragraph
 * @param start     start offset in the paragraph's text
 * @param end       end offset (exclusive)
 * @param placeLike the name is not also a common word (资源, 合作 are county names too)
 */
record PlaceMention(int paragraph, int start, int end, String text, List<Division> divisions, boolean placeLike) {
}

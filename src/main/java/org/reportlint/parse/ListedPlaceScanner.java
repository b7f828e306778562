package org.reportlint.parse;

import java.util.List;
import java.util.function.BiFunction;
import org.reportlint.data.Gazetteer;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.PlaceSuspect;

/**
 * Bare names in an enumeration of the prefecture's places (盐湖、永济、芮成、平陆): an item next to a local place
 * name that is no place and no word, one look-alike character off a local division.
 */
final class ListedPlaceScanner {
    private final Gazetteer gazetteer;
    private final WordDictionary words;
    private final ScanLimits limits;
    private final BiFunction<String, List<String>, String> uniqueLookAlike;

    /** @param uniqueLookAlike the one candidate whose differing character looks or sounds alike, or null */
    ListedPlaceScanner(Gazetteer gazetteer, WordDictionary words, ScanLimits limits,
            BiFunction<String, List<String>, String> uniqueLookAlike) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.limits = limits;
        this.uniqueLookAlike = uniqueLookAlike;
    }

    void scan(Paragraph p, RegionModel region, List<Object> out) {
        String t = p.getText();
        List<int[]> items = EnumerationItems.of(t);
        String area = null;
        for (int k = 0; k < items.size(); k++) {
            int s = items.get(k)[0];
            int e = items.get(k)[1];
            String item = t.substring(s, e);
            if (e - s < 2 || e - s > limits.maxStem() + 1 || !Hanzi.allHan(t, s, e) || gazetteer.isPlaceName(item)
                    || endsWithSuffix(item) || words.frequency(item) >= limits.commonWordFrequency()) {
                continue;
            }
            area = area == null ? region.areaAt(p.getIndex()) : area;
            if (!localItem(t, items, k - 1, area) && !localItem(t, items, k + 1, area)) {
                continue;
            }
            String pick = uniqueLookAlike.apply(item, gazetteer.oneCharacterOff(item, item.length(), area));
            if (pick != null) {
                out.add(new PlaceSuspect(p.spanOf(s, e), pick, area, false, true, true, false, 1,
                        PlaceSetting.of(gazetteer, t, s, e)));
            }
        }
    }

    private boolean localItem(String t, List<int[]> items, int k, String area) {
        if (k < 0 || k >= items.size()) {
            return false;
        }
        String item = t.substring(items.get(k)[0], items.get(k)[1]);
        for (int len = 2; len <= item.length(); len++) {
            if (isLocal(item.substring(0, len), area) || isLocal(item.substring(item.length() - len), area)) {
                return true; // 夏县 in 带动夏县, 平陆 in 平陆等
            }
        }
        return false;
    }

    private boolean isLocal(String name, String area) {
        return gazetteer.resolve(name).stream().anyMatch(d -> d.isCountyOrAbove() && d.area().equals(area));
    }

    private static boolean endsWithSuffix(String item) {
        return PlaceScanner.SUFFIXES.stream().anyMatch(item::endsWith);
    }
}

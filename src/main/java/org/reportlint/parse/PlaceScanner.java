package org.reportlint.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.reportlint.data.DataSet;
import org.reportlint.data.Gazetteer;
import org.reportlint.data.HanziTable;
import org.reportlint.data.Lexicon;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.LexiconEntry;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.PlaceMismatch;
import org.reportlint.facts.PlaceSuspect;
import org.reportlint.facts.Report;

/**
 * Finds place names one character away from a division of the report's own prefecture: tokens ending in a
 * division suffix that name no real place (绵县 → 绛县), and real places of another province standing before a
 * local facility word (a power plant named after a city of another province, one character off a local county-level city).
 */
public final class PlaceScanner {
    /** Generic suffixes of division names, longest first. */
    static final List<String> SUFFIXES = List.of("街道", "县", "区", "市", "镇", "乡", "旗");
    public static final String CONTEXT_LEXICON = "place_context";
    public static final String SITE_LEXICON = "place_sites";

    private final Gazetteer gazetteer;
    private final WordDictionary words;
    private final HanziTable hanzi;
    private final Lexicon context;
    private final Lexicon terms;
    private final ScanLimits limits;
    private final HomePlaceScanner homeScanner;
    private final ListedPlaceScanner listScanner;

    public PlaceScanner(DataSet data, ScanLimits limits) {
        this.gazetteer = data.gazetteer();
        this.words = data.words();
        this.hanzi = data.hanzi();
        this.context = data.lexicon(CONTEXT_LEXICON);
        this.terms = data.lexicon(TermNearMissScanner.LEXICON);
        this.limits = limits;
        this.homeScanner = new HomePlaceScanner(gazetteer, words,
                new PlaceCues(gazetteer, words, limits, data.lexicon(SITE_LEXICON)), limits.commonWordFrequency(),
                this::lookAlike, this::strongLookAlike);
        this.listScanner = new ListedPlaceScanner(gazetteer, words, limits, this::uniqueLookAlike);
    }

    /** The suspects of a whole document, and its inferred region first. */
    public List<Object> scan(List<Paragraph> paragraphs, String documentText) {
        PlaceMentionScanner mentionScanner = new PlaceMentionScanner(gazetteer, words, limits.commonWordFrequency());
        List<List<PlaceMention>> byParagraph = new ArrayList<>();
        List<PlaceMention> mentions = new ArrayList<>();
        paragraphs.forEach(p -> byParagraph.add(mentionScanner.scan(p)));
        byParagraph.forEach(mentions::addAll);
        Map<Report, String> home = new HashMap<>();
        IntFunction<String> homeOf = i -> home.computeIfAbsent(paragraphs.get(i).getReport(),
                r -> RegionModel.homeProvince(gazetteer, r));
        RegionModel region = new RegionModel(mentions, limits.regionWindow(), homeOf);
        List<Object> out = new ArrayList<>();
        out.add(region.document());
        for (Paragraph p : paragraphs) {
            unknownNames(p, region, documentText, out);
            listScanner.scan(p, region, out);
        }
        for (int i = 0; i < mentions.size(); i++) {
            PlaceMention m = mentions.get(i);
            foreignName(m, paragraphs.get(m.paragraph()), region, documentText, out);
            if (i + 1 < mentions.size()) {
                mismatch(m, mentions.get(i + 1), paragraphs.get(m.paragraph()), out);
            }
        }
        Map<Report, String> named = RegionModel.namedProvinces(mentions, i -> paragraphs.get(i).getReport());
        homeNames(paragraphs, byParagraph, i -> homeOf.apply(i).isEmpty()
                ? named.getOrDefault(paragraphs.get(i).getReport(), "") : homeOf.apply(i), documentText, out);
        return out;
    }

    /** Bare names one character off a place of the paragraph's province, where a local place is meant. */
    private void homeNames(List<Paragraph> paragraphs, List<List<PlaceMention>> mentions, IntFunction<String> province,
            String doc, List<Object> out) {
        Map<String, HomeStems> stems = new HashMap<>();
        List<Object> found = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            HomeStems home = stems.computeIfAbsent(province.apply(i), pr -> new HomeStems(gazetteer, pr));
            homeScanner.scan(paragraphs.get(i), mentions.get(i), home, doc, found);
        }
        for (Object f : found) {
            PlaceSuspect s = (PlaceSuspect) f;
            if (out.stream().noneMatch(o -> o instanceof PlaceSuspect q && q.getSpan().overlaps(s.getSpan()))) {
                out.add(s);
            }
        }
    }

    private void unknownNames(Paragraph p, RegionModel region, String documentText, List<Object> out) {
        String t = p.getText();
        for (int i = 1; i < t.length(); i++) {
            for (String suffix : SUFFIXES) {
                if (t.startsWith(suffix, i)) {
                    PlaceSuspect s = unknownAt(p, i, i + suffix.length(), region, documentText);
                    if (s != null) {
                        out.add(s);
                    }
                    break;
                }
            }
        }
    }

    /** A suspect for the token ending with the suffix at {@code [at, end)}, or null. */
    private PlaceSuspect unknownAt(Paragraph p, int at, int end, RegionModel region, String documentText) {
        String t = p.getText();
        int maxStem = Math.min(limits.maxStem(), at);
        if (end < t.length() && words.frequency(t.substring(at, end + 1)) >= limits.commonWordFrequency()) {
            return null; // 市场, 区域, 乡村: the suffix character starts a word
        }
        String area = region.areaAt(p.getIndex());
        // 新区 of 沈北新区, 湾区 of 大湾区: when the suffix closes a common word, only a slip before that word counts
        int limit = words.frequency(t.substring(at - 1, end)) >= limits.commonWordFrequency() ? 1 : 0;
        for (int len = 1; len <= maxStem; len++) {
            int start = at - len;
            String token = t.substring(start, end);
            if (gazetteer.isPlaceName(token) || (limit > 0 && !nameBeforeWord(t, start, at - 1))
                    || !Hanzi.allHan(t, start, at)
                    || Hanzi.anyNumeral(t, start, at) || ordinaryWord(t, start, at, end, len)) {
                continue; // a real place is never flagged; a longer token may still be a slip (斯绛县 for 新绛县)
            }
            String pick = uniqueLookAlike(token, gazetteer.oneCharacterOff(token, len - limit, area));
            if (pick != null && !insideTerm(t, start, end)) {
                return new PlaceSuspect(p.spanOf(start, end), pick, area, false, true, true, false, 1,
                        PlaceSetting.of(gazetteer, t, start, end));
            }
            String province = region.provinceOfArea(area);
            pick = uniqueLookAlike(token, gazetteer.oneCharacterOffInProvince(token, len - limit, province));
            if (pick != null && !province.isEmpty() && !insideTerm(t, start, end)) {
                return new PlaceSuspect(p.spanOf(start, end), pick, province, false, false, true, false,
                        HomePlaceScanner.occurrences(documentText, token), PlaceSetting.of(gazetteer, t, start, end));
            }
        }
        return null;
    }

    /** Whether {@code t[start, end)} can be a name's head before a common word: two characters or more, no word. */
    private boolean nameBeforeWord(String t, int start, int end) {
        return end - start >= 2 && words.frequency(t.substring(start, end)) < limits.commonWordFrequency();
    }

    /** Whether {@code t[start, end)} lies inside an occurrence of an official term (粤港澳大湾区). */
    private boolean insideTerm(String t, int start, int end) {
        if (terms == null) {
            return false;
        }
        String token = t.substring(start, end);
        for (LexiconEntry e : terms.entries()) {
            String term = e.getText();
            for (int k = term.indexOf(token); k >= 0; k = term.indexOf(token, k + 1)) {
                int from = start - k;
                if (from >= 0 && t.startsWith(term, from)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean ordinaryWord(String t, int start, int at, int end, int len) {
        if (words.contains(t.substring(start, end))) {
            return true;
        }
        if (len == 1 && (words.frequency(t.substring(at - 1, end)) > 0 || !afterWord(t, start))) {
            return true; // 垦区, 开区 of 经开区: a one-character stem must follow a whole word (支持某县)
        }
        return start > 0 && Hanzi.isHan(t.charAt(start - 1))
                && words.frequency(t.substring(start - 1, start + 1)) >= limits.commonWordFrequency();
    }

    /** Whether the text before {@code start} ends with punctuation or a common word of two or more characters. */
    private boolean afterWord(String t, int start) {
        if (start == 0 || !Hanzi.isHan(t.charAt(start - 1))) {
            return true;
        }
        for (int len = 2; len <= Math.min(4, start); len++) {
            if (words.frequency(t.substring(start - len, start)) >= limits.commonWordFrequency()) {
                return true;
            }
        }
        return false;
    }

    /** The one candidate whose differing character looks or sounds alike, or null. */
    private String uniqueLookAlike(String token, List<String> near) {
        String pick = null;
        for (String cand : near) {
            if (lookAlike(token, cand)) {
                if (pick != null) {
                    return null;
                }
                pick = cand;
            }
        }
        return pick;
    }

    /** Whether the differing character is a listed look-alike, shares all four corners, or sounds alike. */
    boolean strongLookAlike(String a, String b) {
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return hanzi.strongShape(x, y) || hanzi.similarSound(x, y);
            }
        }
        return false;
    }

    boolean lookAlike(String a, String b) {
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return hanzi.similarShape(x, y, limits.strokeGap()) || hanzi.similarSound(x, y);
            }
        }
        return false;
    }

    private void foreignName(PlaceMention m, Paragraph p, RegionModel region, String doc, List<Object> out) {
        if (!m.placeLike()) {
            return;
        }
        String area = region.areaAt(m.paragraph());
        String province = region.provinceOfArea(area);
        if (area.isEmpty() || m.divisions().stream().anyMatch(d -> d.province().equals(province))) {
            return;
        }
        if (!localContext(p.getText(), m.end())) {
            return;
        }
        List<String> local = new ArrayList<>();
        for (String cand : gazetteer.oneCharacterOff(m.text(), m.text().length(), area)) {
            if (gazetteer.resolve(cand).stream().anyMatch(d -> d.isCountyOrAbove() && d.area().equals(area))) {
                local.add(cand);
            }
        }
        if (local.size() == 1) {
            out.add(new PlaceSuspect(p.spanOf(m.start(), m.end()), local.get(0), area, true, true,
                    lookAlike(m.text(), local.get(0)), true, HomePlaceScanner.occurrences(doc, m.text()),
                    PlaceSetting.of(gazetteer, p.getText(), m.start(), m.end())));
        }
    }

    /** {@code county} written right after the full name of a prefecture it does not belong to. */
    private void mismatch(PlaceMention prefecture, PlaceMention county, Paragraph p, List<Object> out) {
        String pref = prefecture.text();
        if (county.paragraph() != prefecture.paragraph() || county.start() != prefecture.end()
                || gazetteer.named(pref).stream().noneMatch(d -> d.level().equals("prefecture"))
                || gazetteer.named(county.text()).isEmpty()
                || county.divisions().stream().anyMatch(d -> d.prefecture().equals(pref) || d.name().equals(pref))) {
            return;
        }
        int stem = county.text().length() - 1;
        String pick = uniqueLookAlike(county.text(), gazetteer.oneCharacterOff(county.text(), stem, pref));
        out.add(new PlaceMismatch(p.spanOf(county.start(), county.end()), pref, pick));
    }

    private boolean localContext(String t, int from) {
        if (context == null) {
            return false;
        }
        for (int len = Math.min(t.length() - from, limits.maxContextWord()); len >= 1; len--) {
            if (context.contains(t.substring(from, from + len))) {
                return true;
            }
        }
        return false;
    }

    /** Context words known to the scanner (for tests). */
    Set<String> contextWords() {
        return context == null ? Set.of() : Set.copyOf(context.entries().stream().map(e -> e.getText()).toList());
    }
}

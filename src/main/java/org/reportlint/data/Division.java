package org.reportlint.data;

/**
 * One administrative division of {@code rules/data/divisions.tsv}: its full name, code, level (province,
 * prefecture, county, town, former), the short form reports use for it (运城 for 运城市; empty when it would be a
 * single character) and the names of its prefecture and province.
 */
public record Division(String name, String code, String level, String shortForm, String prefecture,
        String province) {

    /** Whether this is a province, prefecture or county-level division (not a township). */
    public boolean isCountyOrAbove() {
        return !level.equals("town") && !(level.equals("former") && code.length() > 6);
    }

    /** The prefecture when there is one, else the province (for municipalities and directly governed counties). */
    public String area() {
        return prefecture.isEmpty() ? province : prefecture;
    }
}

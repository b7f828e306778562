package org.reportlint.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reportlint.facts.Span;
import org.reportlint.input.SourceText;

/**
 * A fact seen the way DRL sees it: its JavaBean properties ({@code getX()} / {@code isX()} without arguments, read
 * by reflection, so any fact class works without registering), its span as 1-based line:column positions (end
 * exclusive), and references to other facts shown as {@code Type@line:column}.
 */
final class FactView {
    private static final Map<Class<?>, List<Method>> GETTERS = new ConcurrentHashMap<>();

    private final SourceText src;
    private final int maxText;

    /** @param maxText longest text shown, in code points (0: no limit) */
    FactView(SourceText src, int maxText) {
        this.src = src;
        this.maxText = maxText;
    }

    static String type(Object fact) {
        return fact.getClass().getSimpleName();
    }

    /** The fact's own span ({@code getSpan()}), or null. */
    static Span spanOf(Object fact) {
        Object v = property(fact, "span");
        return v instanceof Span s ? s : null;
    }

    /** Property name → value, sorted by name; {@code span} and {@code text} are left to the caller. */
    static Map<String, Object> properties(Object fact) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Method m : getters(fact.getClass())) {
            String name = propertyName(m);
            if (!name.equals("span") && !name.equals("text")) {
                out.put(name, invoke(m, fact));
            }
        }
        return out;
    }

    static Object property(Object fact, String name) {
        for (Method m : getters(fact.getClass())) {
            if (propertyName(m).equals(name)) {
                return invoke(m, fact);
            }
        }
        return null;
    }

    private static List<Method> getters(Class<?> c) {
        return GETTERS.computeIfAbsent(c, k -> {
            List<Method> ms = new ArrayList<>(Arrays.stream(k.getMethods())
                    .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                            && m.getDeclaringClass() != Object.class && !propertyName(m).isEmpty())
                    .toList());
            ms.sort(Comparator.comparing(FactView::propertyName));
            return List.copyOf(ms);
        });
    }

    private static String propertyName(Method m) {
        String n = m.getName();
        int cut = n.startsWith("get") ? 3 : n.startsWith("is") && m.getReturnType() == boolean.class ? 2 : 0;
        if (cut == 0 || n.length() == cut || m.getReturnType() == void.class) {
            return "";
        }
        return Character.toLowerCase(n.charAt(cut)) + n.substring(cut + 1);
    }

    private static Object invoke(Method m, Object fact) {
        try {
            return m.invoke(fact);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            return "!" + e.getClass().getSimpleName();
        }
    }

    /** {@code line:column-endLine:endColumn}, 1-based code points, end exclusive. */
    String position(Span s) {
        return src.lineOf(s.getStart()) + ":" + src.columnOf(s.getStart()) + "-" + src.lineOf(s.getEnd()) + ":"
                + src.columnOf(s.getEnd());
    }

    /** Text shortened to the display limit, with line breaks shown as ⏎ (null stays null). */
    String clip(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎');
        if (maxText <= 0 || t.codePointCount(0, t.length()) <= maxText) {
            return t;
        }
        return t.substring(0, t.offsetByCodePoints(0, maxText)) + "…";
    }

    /** Short reference to another fact: {@code Type@line:column}, {@code Type#index} or the type. */
    String reference(Object fact) {
        Span s = spanOf(fact);
        if (s != null) {
            return type(fact) + "@" + src.lineOf(s.getStart()) + ":" + src.columnOf(s.getStart());
        }
        Object index = property(fact, "index");
        return index == null ? type(fact) : type(fact) + "#" + index;
    }

    /** Whether a value is another fact (shown by reference, not expanded). */
    static boolean isFact(Object v) {
        return v != null && v.getClass().getPackageName().equals(Span.class.getPackageName()) && !(v instanceof Span)
                && !(v instanceof Enum<?>);
    }
}

package org.reportlint.parse;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Quote and bracket pairs of a text. Only matched pairs count: a stray opening quote does not swallow the rest
 * of the paragraph, a stray closing one is ignored. ASCII {@code "} opens and closes in turn.
 */
final class Nesting {
    static final String OPEN = "“‘（(《【「『〔［[｛{〈";
    static final String CLOSE = "”’）)》】」』〕］]｝}〉";
    /** How far down the stack a closing mark may look for its opener (past unmatched openers). */
    private static final int REACH = 3;

    private Nesting() {
    }

    /** For each offset, how many matched pairs enclose it; the marks of a pair themselves are outside it. */
    static int[] depths(String t) {
        int[] diff = new int[t.length() + 1];
        Deque<int[]> stack = new ArrayDeque<>();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int open = OPEN.indexOf(c);
            int close = CLOSE.indexOf(c);
            if (c == '"') {
                if (!stack.isEmpty() && stack.peek()[1] == -1) {
                    mark(diff, stack.pop()[0], i);
                } else {
                    stack.push(new int[] {i, -1});
                }
            } else if (open >= 0) {
                stack.push(new int[] {i, open});
            } else if (close >= 0) {
                closeAt(stack, diff, i, close);
            }
        }
        int[] depth = new int[t.length()];
        int d = 0;
        for (int i = 0; i < t.length(); i++) {
            d += diff[i];
            depth[i] = d;
        }
        return depth;
    }

    private static void closeAt(Deque<int[]> stack, int[] diff, int i, int type) {
        int k = 0;
        for (int[] e : stack) {
            if (e[1] == type) {
                for (int j = 0; j < k; j++) {
                    stack.pop();
                }
                mark(diff, stack.pop()[0], i);
                return;
            }
            if (++k >= REACH) {
                return;
            }
        }
    }

    private static void mark(int[] diff, int open, int close) {
        diff[open + 1]++;
        diff[close]--;
    }
}

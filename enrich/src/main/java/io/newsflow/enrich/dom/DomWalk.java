package io.newsflow.enrich.dom;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Depth-first walk with an explicit stack, so any nesting depth is safe, and with child access by
 * index, which is cheaper than jsoup's sibling-pointer traversal on large pages.
 */
public final class DomWalk {

  /** Callbacks of a walk; {@link #enter} returning false skips the element's subtree. */
  public interface Visitor {
    boolean enter(Element element);

    void exit(Element element);

    /** Any non-element node (text, data, comment). */
    void leaf(Node node);
  }

  private DomWalk() {}

  public static void walk(Element root, Visitor visitor) {
    if (!visitor.enter(root)) {
      return;
    }
    Element[] elements = new Element[64];
    int[] next = new int[64];
    int top = 0;
    elements[0] = root;
    next[0] = 0;
    while (top >= 0) {
      Element current = elements[top];
      int i = next[top];
      if (i >= current.childNodeSize()) {
        visitor.exit(current);
        elements[top] = null;
        top--;
        continue;
      }
      next[top] = i + 1;
      Node child = current.childNode(i);
      if (child instanceof Element e) {
        if (visitor.enter(e)) {
          top++;
          if (top == elements.length) {
            elements = java.util.Arrays.copyOf(elements, top * 2);
            next = java.util.Arrays.copyOf(next, top * 2);
          }
          elements[top] = e;
          next[top] = 0;
        }
      } else {
        visitor.leaf(child);
      }
    }
  }
}

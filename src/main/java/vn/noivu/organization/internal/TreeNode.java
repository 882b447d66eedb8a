package vn.noivu.organization.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A unit in a tree as of a date, with the units below it. */
public record TreeNode(OrgQueries.Row row, List<TreeNode> children) {

    public String code() {
        return row.view().code();
    }

    public String name() {
        return row.view().name();
    }

    public String type() {
        return row.view().type();
    }

    public int size() {
        return 1 + children.stream().mapToInt(TreeNode::size).sum();
    }

    /** Builds the forest: a row whose parent is not among the rows is a root. */
    public static List<TreeNode> build(List<OrgQueries.Row> rows) {
        Map<String, TreeNode> nodes = new HashMap<>();
        for (OrgQueries.Row r : rows) {
            nodes.put(r.view().code(), new TreeNode(r, new ArrayList<>()));
        }
        List<TreeNode> roots = new ArrayList<>();
        for (OrgQueries.Row r : rows) {
            TreeNode node = nodes.get(r.view().code());
            TreeNode parent =
                    r.view().parentCode() == null ? null : nodes.get(r.view().parentCode());
            if (parent == null) {
                roots.add(node);
            } else {
                parent.children().add(node);
            }
        }
        Comparator<TreeNode> order =
                Comparator.comparing((TreeNode n) -> UnitType.valueOf(n.type())).thenComparing(TreeNode::name);
        sort(roots, order);
        return roots;
    }

    private static void sort(List<TreeNode> nodes, Comparator<TreeNode> order) {
        nodes.sort(order);
        nodes.forEach(n -> sort(n.children(), order));
    }
}

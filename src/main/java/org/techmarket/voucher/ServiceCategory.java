package org.techmarket.voucher;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.techmarket.common.InvalidInputException;

/**
 * 服务类别: the one code list of services a voucher pays for, shared by programs (what they cover) and
 * provider registrations (what a provider offers).
 */
public enum ServiceCategory {
    /** 检验检测 */
    TESTING,
    /** 研发设计 */
    RND,
    /** 工业设计 */
    DESIGN,
    /** 技术咨询 */
    CONSULTING,
    /** 技术转移 */
    TRANSFER,
    /** 认证认可 */
    CERTIFICATION;

    public static final List<String> CODES = Arrays.stream(values()).map(Enum::name).toList();

    /** The distinct codes of a request, each one of the list; a 400 naming the field otherwise. */
    public static String[] parse(String field, List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw InvalidInputException.of(field, "at least one service category");
        }
        Set<String> known = Set.copyOf(CODES);
        List<String> unknown = codes.stream().filter(c -> c == null || !known.contains(c.strip())).map(String::valueOf)
                .toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of(field, "unknown service categories " + unknown + "; one of " + CODES);
        }
        return codes.stream().map(String::strip).collect(Collectors.toCollection(java.util.LinkedHashSet::new))
                .toArray(String[]::new);
    }
}

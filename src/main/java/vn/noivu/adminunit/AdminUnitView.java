package vn.noivu.adminunit;

import java.time.LocalDate;

/**
 * One version of an administrative unit: what the unit bearing {@code code} was on the days
 * {@code [validFrom, validTo)} ({@code validTo} null = still in force).
 *
 * @param level {@code province}, {@code district} or {@code commune}
 * @param type the official type label (Tỉnh, Thành phố Trung ương, Quận, Huyện, Thị xã, Thành phố,
 *     Phường, Xã, Thị trấn, Đặc khu)
 * @param parentCode the code of the parent unit on those days; null for a province
 */
public record AdminUnitView(
        String code,
        String name,
        String fullName,
        String level,
        String type,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo) {}

package vn.noivu.staffing;

import java.time.LocalDate;
import java.util.List;

/** Actual headcount (số có mặt) computed from personnel records; implemented by the personnel module. */
public interface HeadcountSource {
    /** Headcount per organisation unit and staffing category on a date (staffing asks for 31/12 of a year). */
    List<Headcount> headcount(LocalDate asOf);

    record Headcount(String orgCode, String category, int count) {}
}

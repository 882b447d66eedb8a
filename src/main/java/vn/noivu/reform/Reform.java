package vn.noivu.reform;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.noivu.platform.imports.ImportResult;
import vn.noivu.platform.imports.TabularFile;
import vn.noivu.reform.internal.Assessments;
import vn.noivu.reform.internal.EvaluationScope;
import vn.noivu.reform.internal.Rankings;
import vn.noivu.reform.internal.ReformExports;
import vn.noivu.reform.internal.ReformImport;
import vn.noivu.reform.internal.ReformStore;

/** What the rest of NoiVu may ask the reform module; it only delegates to the module's use cases. */
@Service
public class Reform {

    public static final int MAX_IMPORT_ROWS = 200_000;

    private final Rankings rankings;
    private final ReformImport imports;
    private final Assessments assessments;
    private final ReformStore store;
    private final ReformExports exports;
    private final EvaluationScope scope;

    Reform(
            Rankings rankings,
            ReformImport imports,
            Assessments assessments,
            ReformStore store,
            ReformExports exports,
            EvaluationScope scope) {
        this.rankings = rankings;
        this.imports = imports;
        this.assessments = assessments;
        this.store = store;
        this.exports = exports;
        this.scope = scope;
    }

    /** The year's ranking of a set ({@code owner} = the province of DEPARTMENTS/COMMUNES, else ""). */
    public List<RankedUnit> ranking(int year, EvaluatedSet set, String owner) {
        return rankings.ranking(year, set, owner);
    }

    public List<TrendPoint> trend(EvaluatedSet set, String owner, String unitCode) {
        return rankings.trend(set, owner, unitCode);
    }

    /** Per area (radar) or, with {@code leaves}, per criterion ranked by points lost. */
    public List<ComponentProfile> profile(int year, EvaluatedSet set, String owner, String unitCode, boolean leaves) {
        return rankings.profile(year, set, owner, unitCode, leaves);
    }

    public Optional<Method> method(int year, EvaluatedSet set, String owner) {
        scope.checkRead(set, owner);
        return store.method(year, set, owner);
    }

    /** The years with results of a set. */
    public List<Integer> years(EvaluatedSet set, String owner) {
        scope.checkRead(set, owner);
        return store.years(set, owner);
    }

    /** The six regions: code → name. */
    public Map<String, String> regions() {
        return store.regionNames();
    }

    /**
     * The region of each province on a day: province code in force then → region code (the 63 provinces
     * before 1/7/2025, the 34 after), reference data with its source in {@code reform.region_member}.
     */
    public Map<String, String> provinceRegions(java.time.LocalDate day) {
        Map<String, String> out = new java.util.HashMap<>();
        store.regions(day).forEach((province, region) -> out.put(province, region.regionCode()));
        return out;
    }

    /** Imports a method, scores or a published table ({@code kind} = method | scores | published). */
    public ImportResult importFile(String kind, String filename, TabularFile file) {
        return imports.importFile(kind, filename, file);
    }

    public Assessment openAssessment(int year, EvaluatedSet set, String owner, String unitCode) {
        return assessments.open(year, set, owner, unitCode);
    }

    /** The assessments the user may see: the unit's own and those its level evaluates. */
    public List<AssessmentSummary> assessments() {
        return assessments.list();
    }

    /** Whether the user enters the unit's self-assessment (the unit itself, or its province). */
    public boolean mayAssess(EvaluatedSet set, String owner, String unitCode) {
        return scope.mayAssess(set, owner, unitCode);
    }

    public Assessment assessment(long id) {
        return assessments.get(id);
    }

    public Assessment selfScore(long id, String criterion, SelfScore score) {
        return assessments.score(id, criterion, score);
    }

    public Evidence attach(long id, String criterion, String filename, String mediaType, byte[] content) {
        return assessments.attach(id, criterion, filename, mediaType, content);
    }

    /** An attached file: name, media type and bytes. */
    public Optional<Object[]> evidenceFile(long id, long evidenceId) {
        return assessments.file(id, evidenceId);
    }

    public Assessment submit(long id) {
        return assessments.submit(id);
    }

    public Assessment appraise(long id, String criterion, Appraisal appraisal) {
        return assessments.appraise(id, criterion, appraisal);
    }

    public Assessment requestEvidence(long id, String criterion, String message) {
        return assessments.requestEvidence(id, criterion, message);
    }

    public Assessment finalise(long id) {
        return assessments.finalise(id);
    }

    /** Writes a method in its import format: {@code xlsx} or CSV. */
    public void exportMethod(Method method, boolean xlsx, OutputStream out) throws IOException {
        if (xlsx) {
            exports.write("method", null, ReformExports.METHOD_COLUMNS, ReformExports.methodRows(method), out);
        } else {
            exports.methodCsv(method, out);
        }
    }

    /** Writes a table as XLSX. */
    public void exportTable(String sheet, String title, List<String> headers, List<List<Object>> rows, OutputStream out)
            throws IOException {
        exports.write(sheet, title, headers, rows, out);
    }

    /** The set named in a request; refused (422) when unknown. */
    public EvaluatedSet set(String value) {
        return EvaluationScope.set(value);
    }

    /** The province owning a DEPARTMENTS/COMMUNES ranking named by {@code scope} (default: the user's). */
    public String owner(EvaluatedSet set, String scopeCode) {
        return scope.owner(set, scopeCode);
    }

    public boolean mayEvaluate(EvaluatedSet set, String owner) {
        return scope.mayEvaluate(set, owner);
    }
}

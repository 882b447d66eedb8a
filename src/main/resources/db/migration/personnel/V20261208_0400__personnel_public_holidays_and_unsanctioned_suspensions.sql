-- Public holidays and the days that replace weekly rest days, as effective data: the working-day count of
-- time that does not count toward a step skips them ("không bao gồm các ngày nghỉ hằng tuần và ngày nghỉ
-- làm việc được hưởng nguyên lương theo quy định của pháp luật về lao động", TT 08/2013/TT-BNV Art.
-- 2(1)(c) as amended by TT 03/2021/TT-BNV). Loaded from personnel/public-holidays.csv at every start
-- (docs/personnel-rules.md, "Public holidays").
--   HOLIDAY       a day of Bộ luật Lao động 2019 Art. 112(1) (2012 Art. 115(1); 1994 Art. 73), on the
--                 date the Government's announcement for civil servants gives where it was found
--   MAKE_UP       nghỉ bù: a holiday fell on a weekly rest day (2019 Art. 111(3); 2012 Art. 115(3))
--   SWAP_DAY_OFF  a working day made a day off by an announced swap (hoán đổi ngày làm việc)
--   SWAP_WORKDAY  a Saturday worked in exchange
CREATE TABLE personnel.public_holiday (
    day      date PRIMARY KEY,
    kind     text COLLATE "C" NOT NULL CHECK (kind IN ('HOLIDAY', 'MAKE_UP', 'SWAP_DAY_OFF', 'SWAP_WORKDAY')),
    name     text    NOT NULL,
    verified boolean NOT NULL,
    source   text    NOT NULL
);

-- A suspension (NON_COUNTING_PERIOD, reason SUSPENSION) that no discipline follows is cancelled by the
-- system (status SYSTEM_CANCELLED, with the reason), so that the time counts again (docs/personnel-rules.md,
-- "Suspension that ends without a sanction").
ALTER TABLE personnel.career_event DROP CONSTRAINT career_event_status_check;
ALTER TABLE personnel.career_event ADD CONSTRAINT career_event_status_check
    CHECK (status IN ('ACTIVE', 'CORRECTED', 'CANCELLED', 'SYSTEM_CANCELLED'));
ALTER TABLE personnel.career_event ADD COLUMN cancel_reason text,
    ADD CONSTRAINT career_event_cancel_reason_check
        CHECK (status <> 'SYSTEM_CANCELLED' OR cancel_reason IS NOT NULL);

-- Issue 15, item 1. DfE's Local Authority Interactive Tool publishes councils' spending (children's services
-- finance: "Spend", "Unit Cost", in pounds). None of the five units says so, and a sum of money stored as a count or
-- a score would be read wrong, so a measure may be in MONEY.
alter table measure drop constraint measure_unit_check;
alter table measure add constraint measure_unit_check
    check (unit in ('PERCENT', 'SCORE', 'COUNT', 'RATE', 'TEXT', 'MONEY'));

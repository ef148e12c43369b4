-- Ofsted's files still publish "NTI" (notice to improve, the category replaced in September 2012) in the
-- previous-inspection columns, e.g. for two Birmingham schools in the file as at 31 August 2023. Refusing it would
-- refuse the whole file, and dropping it would lose a published fact, so the category accepts it.
alter table inspection drop constraint inspection_category_of_concern_check;
alter table inspection add constraint inspection_category_of_concern_check
    check (category_of_concern in ('SM', 'SWK', 'NTI'));

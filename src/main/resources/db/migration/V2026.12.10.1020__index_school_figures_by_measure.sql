-- Why (issue 13, item 6): a school's page compares each figure with its council's, and where DfE publishes no council
-- value it averages the council's schools' values in the same file, weighted by their pupils on roll. Each average
-- scanned the whole figure table (35 ms on the sample, seven times a page) and each school's pupils were found
-- through the URN alone; these two indexes make them index look-ups (under 5 ms a figure).
create index figure_school_measure on figure (measure_code, academic_year, la_code) where scope = 'SCHOOL';
create index figure_school_urn_measure on figure (urn, measure_code, academic_year) where scope = 'SCHOOL';

-- Keep search vectors compressed inside the row (not in the TOAST table): ranking reads the
-- vector of every candidate, and one page read per candidate is half the work of two.
ALTER TABLE listing ALTER COLUMN search_vector SET STORAGE MAIN;

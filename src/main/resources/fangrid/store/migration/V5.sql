-- V5: a customer's timeline (segment detail) reads their survey answers by customer: without an index every
-- lookup scanned all answers (about 0.3 s per click at 1 M answers).
CREATE INDEX survey_customer ON survey_answer(customer_key);

// Pages work without JavaScript; this only enhances GOV.UK Frontend components (error summary focus, menu toggle).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

// Small enhancements shared by every page. Each page works without this file.
"use strict";

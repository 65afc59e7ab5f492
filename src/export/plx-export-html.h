/* plx-export-html.h: a self-contained, colour-coded HTML report
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plx-comparison.h"

G_BEGIN_DECLS

char *plx_export_html (PlxComparison *comparison);

G_END_DECLS

/* plx-language.h: which language an article is written in
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *plx_language_detect   (const char *text,
                                   gssize      length);
const char *plx_language_majority (GPtrArray  *codes);

G_END_DECLS

/* plx-variants.h: spellings of one word (defence, defense) and of one name
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *plx_variant_spelling  (const char *norm,
                                 const char *language);
gboolean  plx_variant_same_name (const char *a,
                                 const char *b);

G_END_DECLS

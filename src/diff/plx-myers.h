/* plx-myers.h: Myers' O(ND) difference algorithm
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void plx_myers_mark (const guint *a,
                     gssize       n,
                     const guint *b,
                     gssize       nb,
                     guint8      *a_changed,
                     guint8      *b_changed);

G_END_DECLS

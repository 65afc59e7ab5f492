/* plx-test-util.h: helpers shared by the test programs
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "parallax-core.h"

G_BEGIN_DECLS

char       *plx_test_make_dir      (void);
void        plx_test_write_file    (const char  *dir,
                                    const char  *name,
                                    const char  *data,
                                    gssize       length);
void        plx_test_remove_tree   (const char  *dir);
char       *plx_test_snapshot_tree (const char  *dir);
char       *plx_test_list_dir      (const char  *dir);
PlxCorpus  *plx_test_load          (const char  *path);
PlxArticle *plx_test_analyse_text  (const char  *text);
gboolean    plx_test_has_warning   (PlxCorpus   *corpus,
                                    const char  *needle1,
                                    const char  *needle2);
const char *plx_test_sample_dir    (void);

G_END_DECLS

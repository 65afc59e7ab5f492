/* plx-types.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plx-types.h"

static const char * const role_names[] = {
  [PLX_ROLE_BODY] = "body",
  [PLX_ROLE_TITLE] = "title",
  [PLX_ROLE_HEADING] = "heading",
  [PLX_ROLE_BOILERPLATE] = "boilerplate",
};

/**
 * plx_role_to_string:
 * @role: a #PlxRole
 *
 * Returns: the name used for @role in exports ("body", "title", ...)
 */
const char *
plx_role_to_string (PlxRole role)
{
  g_return_val_if_fail (role <= PLX_ROLE_BOILERPLATE, NULL);

  return role_names[role];
}

/**
 * plx_role_from_string:
 * @str: a role name as written by plx_role_to_string()
 * @role: (out): where to store the role
 *
 * Returns: %TRUE if @str names a role
 */
gboolean
plx_role_from_string (const char *str,
                      PlxRole    *role)
{
  g_return_val_if_fail (role != NULL, FALSE);

  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (role_names); i++)
    {
      if (g_str_equal (str, role_names[i]))
        {
          *role = (PlxRole) i;
          return TRUE;
        }
    }

  return FALSE;
}
